package org.industrykg.extract;

import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;

/**
 * A fund is hosted by the place named before it in its sentence ({@code rule:fund-place-in-sentence}),
 * or else by the section heading it stands under when that is a place ({@code rule:section-place}).
 */
final class FundPlacePass implements RelationPass {

    @Override
    public String name() {
        return "rule:fund-place-in-sentence";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Resolver.Entity place = null;
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String heading = sentence.text().replace("#", "").strip();
            if (here.size() == 1 && here.get(0).label() == EntityLabel.City && heading.equals(here.get(0).text())) {
                place = doc.entityOf.get(here.get(0));
                continue;
            }
            if (heading.length() <= 20 && here.isEmpty() && !heading.endsWith("。")) {
                place = heading.isEmpty() ? place : null;
            }
            Mention city = null;
            for (Mention m : here) {
                if (m.label() == EntityLabel.City) {
                    city = m;
                } else if (m.label() == EntityLabel.Fund && (city != null || place != null)) {
                    Resolver.Entity host = city != null ? doc.entityOf.get(city) : place;
                    out.add(new ExtractedRelation(RelationType.HOSTS, host.key(), doc.key(m),
                            city != null ? name() : "rule:section-place", 0.6, doc.evidence(sentence), Map.of()));
                }
            }
        }
    }
}
