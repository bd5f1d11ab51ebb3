package org.industrykg.extract;

import java.util.List;
import java.util.Map;

import org.industrykg.nlp.Sentence;

/**
 * A fund is hosted by the place named before it in its sentence ({@code rule:fund-place-in-sentence}),
 * or else by the section heading it stands under when that is a place ({@code rule:section-place}), unless
 * its own name holds a place (东莞某某基金 in a sentence about 深圳市 is 东莞's: rule:fund-named-after-city).
 */
final class FundPlacePass implements RelationPass {

    private final PlaceMatcher places;

    FundPlacePass(PlaceMatcher places) {
        this.places = places;
    }

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
                } else if (m.label() == EntityLabel.Fund && (city != null || place != null) && !placeNamed(doc, m)) {
                    Resolver.Entity host = city != null ? doc.entityOf.get(city) : place;
                    out.add(new ExtractedRelation(RelationType.HOSTS, host.key(), doc.key(m),
                            city != null ? name() : "rule:section-place", 0.6, doc.evidence(sentence), Map.of()));
                }
            }
        }
    }

    /** Whether the fund's name (as written or as resolved) holds a place. */
    private boolean placeNamed(RelationContext doc, Mention fund) {
        Resolver.Entity entity = doc.entityOf.get(fund);
        return places.containsPlace(fund.text()) || entity != null && places.containsPlace(entity.name);
    }
}
