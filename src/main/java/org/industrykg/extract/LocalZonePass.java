package org.industrykg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrative zone named without a place (某某新区, 高新开发区) in a letter of a city's body
 * is PART_OF that city ({@code rule:zone-of-issuing-city}), as a zone named with its city is
 * ({@code rule:zone-of-city} in StructuralPass): the evaluation sets' annotators write a development zone
 * PART_OF its city, not hosted by it.
 */
final class LocalZonePass implements RelationPass {

    private static final Pattern ZONE = Pattern.compile("(新区|开发区|高新区|经开区|高新技术产业开发区)$");

    private final PlaceMatcher places;

    LocalZonePass(PlaceMatcher places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "rule:zone-of-issuing-city";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Divisions.Division issuing = doc.resolution.issuingCity();
        Resolver.Entity city = issuing == null ? null : doc.resolution.named(issuing.name());
        if (city == null) {
            return;
        }
        Set<Resolver.Entity> done = new HashSet<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity zone = doc.entityOf.get(m);
            if (m.label() == EntityLabel.Park && ZONE.matcher(m.text()).find() && !places.containsPlace(m.text())
                    && zone != null && done.add(zone)) {
                out.add(new ExtractedRelation(RelationType.PART_OF, zone.key(), city.key(), name(), 0.5,
                        doc.evidence(doc.sentenceOf(m)), Map.of()));
            }
        }
    }
}
