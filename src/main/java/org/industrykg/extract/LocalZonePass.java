package org.industrykg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * An administrative zone named without a place (某某新区, 高新开发区) in a letter of a city's body
 * is PART_OF that city ({@code rule:zone-of-issuing-city}), as a zone named with its city is
 * ({@code rule:zone-of-city} in StructuralPass): the evaluation sets' annotators write a development zone
 * PART_OF its city, not hosted by it. A zone listed with towns or districts of a city is PART_OF that city
 * instead ({@code rule:zone-of-listed-places}).
 */
final class LocalZonePass implements RelationPass {

    private static final Pattern ZONE = Pattern.compile("(新区|开发区|高新区|经开区|高新技术产业开发区)$");

    /**
     * What may stand between the places of one list: 、, 和, 以及, and the zones and towns between them; no clause
     * break, and none of 在, 于, 赴, 到, 向, 驻 (a place after them is where the zone acts).
     */
    private static final Pattern LIST_GAP = Pattern.compile("^[^，,。；;：:在于赴到向驻]{0,30}$");
    /** The joiner a list gap must hold (、, 和, 及): 与 joins parties (某高新区与深圳市某区共建…), not places of one list. */
    private static final Pattern JOINER = Pattern.compile("[、和及]");

    private final PlaceMatcher places;

    LocalZonePass(PlaceMatcher places) {
        this.places = places;
    }

    /**
     * The city of the towns or districts a zone is listed with (集中在某新区、某开发区以及甲镇、乙镇等镇街), the
     * first of them that lies in a city: a list of places is of one city, whichever city the text names most.
     * Without one in the zone's list, the first such place after it in its clause; else null.
     */
    private Resolver.Entity cityOfList(RelationContext doc, Mention zone) {
        Sentence sentence = doc.sentenceOf(zone);
        for (List<Mention> group : ListGroups.of(sentence, doc.in(sentence))) {
            if (!group.contains(zone)) {
                continue;
            }
            for (Mention m : group) {
                Resolver.Entity city = cityAbove(doc, m);
                if (city != null) {
                    return city;
                }
            }
        }
        return nextPlaceInClause(doc, sentence, zone);
    }

    /** The city of the first town or district after the zone in its clause (集中在某新区、某开发区以及甲镇、乙镇), or null. */
    private Resolver.Entity nextPlaceInClause(RelationContext doc, Sentence sentence, Mention zone) {
        for (Mention m : doc.in(sentence)) {
            if (m.begin() < zone.end()) {
                continue;
            }
            String between = sentence.text().substring(zone.end() - sentence.begin(), m.begin() - sentence.begin());
            if (!LIST_GAP.matcher(between).matches() || !JOINER.matcher(between).find()) {
                return null;
            }
            Resolver.Entity city = cityAbove(doc, m);
            if (city != null) {
                return city;
            }
        }
        return null;
    }

    /** The city a town, street or district mention lies in (by its division code), or null. */
    private static Resolver.Entity cityAbove(RelationContext doc, Mention m) {
        Resolver.Entity place = doc.entityOf.get(m);
        Object code = m.label() == EntityLabel.City && place != null ? place.properties.get("code") : null;
        Divisions.Division d = code == null ? null : Divisions.shared().withCode(code.toString());
        if (d == null || d.level().equals("city") || d.level().equals("province")) {
            return null;
        }
        while (d != null && !d.level().equals("city")) {
            d = d.parent();
        }
        return d == null ? null : doc.resolution.named(d.name());
    }

    @Override
    public String name() {
        return "rule:zone-of-issuing-city";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        Divisions.Division issuing = doc.resolution.issuingCity();
        Resolver.Entity textCity = issuing == null ? null : doc.resolution.named(issuing.name());
        Set<Resolver.Entity> done = new HashSet<>();
        for (Mention m : doc.mentions) {
            Resolver.Entity zone = doc.entityOf.get(m);
            if (m.label() != EntityLabel.Park || !ZONE.matcher(m.text()).find() || places.containsPlace(m.text())
                    || zone == null || done.contains(zone)) {
                continue;
            }
            Resolver.Entity listed = cityOfList(doc, m);
            Resolver.Entity city = listed != null ? listed : textCity;
            if (city != null) {
                done.add(zone);
                out.add(new ExtractedRelation(RelationType.PART_OF, zone.key(), city.key(),
                        listed != null ? "rule:zone-of-listed-places" : name(), 0.5, doc.evidence(doc.sentenceOf(m)), Map.of()));
            }
        }
    }
}
