package org.industrykg.extract;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * 深中协同, 广佛同城: two one-character abbreviations of cities the document names, followed by
 * a word of cooperation, state that the two cities cooperate ({@code rule:city-pair}). A line that names two places and
 * nothing else, joined by 与 or a dash (1．南山区与翠亨新区。, 深圳市某区—中山市某镇: the pairs of a paired-cooperation
 * plan), pairs them too ({@code rule:place-pair}); what 两地 then build together (两地共建某某协作区), each of the two
 * places FOUNDED.
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
        List<Mention> pairedBefore = List.of();
        for (Sentence sentence : doc.sentences) {
            List<Mention> paired = placePair(doc, sentence);
            if (!paired.isEmpty()) {
                doc.link(out, RelationType.PARTNERS_WITH, paired.get(0), paired.get(1), "rule:place-pair", 0.6, sentence, Map.of());
                pairedBefore = paired;
            }
            Matcher together = BOTH_BUILD.matcher(sentence.text());
            if (together.find() && pairedBefore.size() == 2) {
                int from = sentence.begin() + together.end();
                Mention built = doc.in(sentence).stream().filter(m -> m.begin() >= from && BUILT.contains(m.label())
                        && sentence.text().substring(together.end(), m.begin() - sentence.begin()).length() <= BUILT_REACH).findFirst().orElse(null);
                for (Mention place : built == null ? List.<Mention>of() : pairedBefore) {
                    doc.link(out, RelationType.FOUNDED, place, built, "rule:place-pair", 0.6, sentence, Map.of());
                }
            }
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

    /** 两地 and a verb of building together: what follows, the two places just paired built. */
    private static final Pattern BOTH_BUILD = Pattern.compile("两地(?:将|要|还|已|携手|合力)?(?:联合|共同|合作|协同)?(?:共建|建设|打造|设立|组建)");
    /** How far after the verb the built thing's name may start (两地共建坪山—坦洲某某协作区: at once). */
    private static final int BUILT_REACH = 4;
    private static final Set<EntityLabel> BUILT = EnumSet.of(EntityLabel.Park, EntityLabel.Platform, EntityLabel.ResearchInstitute,
            EntityLabel.Fund, EntityLabel.Association);
    /** What stands between two paired places (与, 和, a dash). */
    private static final Pattern JOINER_IN = Pattern.compile("\\s*(?:与|和|[—–－-]{1,2})\\s*");
    /** What may stand around the pair on its line: an item number before, a full stop or colon after. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[0-9０-９]{1,2}[．.、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?\\s*");
    private static final Pattern END_OF_LINE = Pattern.compile("\\s*[。：:；;]?\\s*$");

    /**
     * The two places a line names and nothing else, joined by 与 or a dash (深圳市龙华区—中山市南头镇: the most specific
     * place of each side), or none.
     */
    private static List<Mention> placePair(RelationContext doc, Sentence sentence) {
        String text = sentence.text();
        Matcher item = ITEM.matcher(text);
        List<MatchResult> joiners = JOINER_IN.matcher(text).results().toList();
        if (!item.lookingAt() || joiners.size() != 1) {
            return List.of();
        }
        MatchResult joiner = joiners.get(0);
        Matcher end = END_OF_LINE.matcher(text);
        int last = end.find() ? end.start() : text.length();
        Mention a = side(doc, sentence, item.end(), joiner.start());
        Mention b = side(doc, sentence, joiner.end(), last);
        if (a == null || b == null) {
            return List.of();
        }
        Resolver.Entity ea = doc.entityOf.get(a);
        return ea != null && ea != doc.entityOf.get(b) ? List.of(a, b) : List.of();
    }

    /** The place a side of a pair names, when places alone fill it: the last of them (深圳市 of 深圳市龙华区 is its city). */
    private static Mention side(RelationContext doc, Sentence sentence, int from, int to) {
        int base = sentence.begin();
        List<Mention> within = doc.in(sentence).stream().filter(m -> m.begin() - base >= from && m.end() - base <= to).toList();
        if (within.isEmpty() || !within.stream().allMatch(m -> m.label().isPlace()) || within.get(0).begin() - base != from
                || within.get(within.size() - 1).end() - base != to) {
            return null;
        }
        for (int i = 1; i < within.size(); i++) {
            if (within.get(i).begin() != within.get(i - 1).end()) {
                return null;
            }
        }
        return within.get(within.size() - 1);
    }
}
