package org.industrykg.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.graph.EntityRef;
import org.industrykg.graph.FundQueries.FundMatch;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.LinkQueries.LinkGraph;
import org.industrykg.graph.RelationshipQueries.Relationship;

/**
 * Scores the answers of the three questions (DESIGN.md §8) against {@code usecases.json} with the
 * rules of {@code shared/eval/usecases.py}: funds by recall and precision over normalised
 * name/alias/key-name sets, Shenzhen–Zhongshan links and enterprise–institute pairs by recall, a
 * pair matching either way round.
 */
public final class UseCaseScore {

    static final String INDUSTRY = "人形机器人";
    static final String CITY_A = "深圳市";
    static final String CITY_B = "中山市";

    /** The answers as the REST endpoints give them; {@code links} is null when a city is not in the graph. */
    public record Answers(List<FundMatch> funds, LinkGraph links, List<Relationship> relationships) {
    }

    /** One question's line: recall always, precision only for the funds. */
    record Line(String name, int gold, String returnedLabel, int returned, double recall, Double precision) {

        String text() {
            return String.format(Locale.ROOT, "%s: gold=%d %s=%d recall=%s", name, gold, returnedLabel, returned,
                    GoldScore.twoDecimals(recall)) + (precision == null ? "" : " precision=" + GoldScore.twoDecimals(precision));
        }
    }

    final Line funds;
    final Line links;
    final Line enterpriseInstitute;

    private UseCaseScore(Line funds, Line links, Line enterpriseInstitute) {
        this.funds = funds;
        this.links = links;
        this.enterpriseInstitute = enterpriseInstitute;
    }

    public static UseCaseScore score(Answers answers, JsonNode gold) {
        return new UseCaseScore(funds(answers.funds(), gold.path("humanoid_funds")),
                links(answers.links(), gold.path("shenzhen_zhongshan_links")),
                enterpriseInstitute(answers.relationships(), gold.path("enterprise_institute")));
    }

    public void print(PrintStream out) {
        out.println("  " + funds.text());
        out.println("  " + links.text());
        out.println("  " + enterpriseInstitute.text());
    }

    private static Line funds(List<FundMatch> answer, JsonNode gold) {
        List<Set<String>> predicted = answer.stream().map(f -> names(f.key(), f.name(), f.aliases())).toList();
        List<Set<String>> wanted = new ArrayList<>();
        for (JsonNode fund : gold) {
            Set<String> forms = new HashSet<>();
            forms.add(GoldScore.norm(fund.path("name").asText()));
            fund.path("aliases").forEach(alias -> forms.add(GoldScore.norm(alias.asText())));
            wanted.add(forms);
        }
        long hit = wanted.stream().filter(g -> predicted.stream().anyMatch(p -> intersects(g, p))).count();
        long ok = predicted.stream().filter(p -> wanted.stream().anyMatch(g -> intersects(g, p))).count();
        return new Line("funds", wanted.size(), "returned", predicted.size(), ratio(hit, wanted.size()), ratio(ok, predicted.size()));
    }

    private static Line links(LinkGraph answer, JsonNode gold) {
        List<Pair> pairs = new ArrayList<>();
        if (answer != null) {
            Map<String, Set<String>> nodes = new HashMap<>();
            for (GraphExport.Node node : answer.nodes()) {
                nodes.put(node.key(), names(node.key(), node.name(), node.aliases()));
            }
            for (GraphExport.Edge edge : answer.edges()) {
                pairs.add(new Pair(nodes.getOrDefault(edge.source(), Set.of()), nodes.getOrDefault(edge.target(), Set.of())));
            }
        }
        return new Line("links", gold.size(), "edges", pairs.size(), recall(pairs, gold, "a", "b"), null);
    }

    private static Line enterpriseInstitute(List<Relationship> answer, JsonNode gold) {
        List<Pair> pairs = new ArrayList<>();
        for (Relationship path : answer) {
            pairs.add(new Pair(names(path.from()), names(path.to())));
        }
        return new Line("enterprise-institute", gold.size(), "returned", pairs.size(),
                recall(pairs, gold, "enterprise", "institute"), null);
    }

    /** The share of gold pairs that some answered pair joins, either way round. */
    private static double recall(List<Pair> pairs, JsonNode gold, String first, String second) {
        int hit = 0;
        for (JsonNode wanted : gold) {
            String a = GoldScore.norm(wanted.path(first).asText());
            String b = GoldScore.norm(wanted.path(second).asText());
            if (pairs.stream().anyMatch(p -> p.joins(a, b))) {
                hit++;
            }
        }
        return ratio(hit, gold.size());
    }

    /** The names of the two ends of an answered edge or path. */
    private record Pair(Set<String> one, Set<String> other) {

        boolean joins(String a, String b) {
            return one.contains(a) && other.contains(b) || one.contains(b) && other.contains(a);
        }
    }

    private static Set<String> names(EntityRef ref) {
        return ref == null ? Set.of() : names(ref.key(), ref.name(), List.of());
    }

    /** The normalised name, aliases and the name part of the key, as usecases.py's names(). */
    static Set<String> names(String key, String name, List<String> aliases) {
        Set<String> names = new HashSet<>();
        names.add(GoldScore.norm(name));
        aliases.forEach(alias -> names.add(GoldScore.norm(alias)));
        if (key != null && key.contains(":")) {
            names.add(GoldScore.norm(key.substring(key.indexOf(':') + 1)));
        }
        names.remove("");
        return names;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static double ratio(long part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
