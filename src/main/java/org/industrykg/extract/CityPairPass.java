package org.industrykg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * 深中协同, 广佛同城: two one-character abbreviations of cities the document names, followed by
 * a word of cooperation, state that the two cities cooperate ({@code rule:city-pair}).
 */
final class CityPairPass implements RelationPass {

    private static final Pattern CITY_PAIR = Pattern.compile("([\\p{IsHan}]{2})(?:两地)?(?:协同|合作|同城|一体化|联动|融合|两地)");

    @Override
    public String name() {
        return "rule:city-pair";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Map<Character, Resolver.Entity> byInitial = new HashMap<>();
        Set<Character> ambiguous = new HashSet<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity e = doc.entityOf.get(m);
            if (m.label() == EntityLabel.City && e != null && !"town".equals(e.properties.get("level"))) {
                Resolver.Entity previous = byInitial.putIfAbsent(e.name.charAt(0), e);
                if (previous != null && previous != e) {
                    ambiguous.add(e.name.charAt(0));
                }
            }
        }
        ambiguous.forEach(byInitial::remove);
        for (Sentence sentence : doc.sentences) {
            Matcher pair = CITY_PAIR.matcher(sentence.text());
            while (pair.find()) {
                Resolver.Entity a = byInitial.get(pair.group(1).charAt(0));
                Resolver.Entity b = byInitial.get(pair.group(1).charAt(1));
                if (a != null && b != null && a != b) {
                    out.add(new ExtractedRelation(RelationType.PARTNERS_WITH, a.key(), b.key(), name(), 0.6,
                            doc.evidence(sentence), Map.of()));
                }
            }
        }
    }
}
