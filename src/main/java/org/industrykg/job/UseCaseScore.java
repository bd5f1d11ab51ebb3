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

    /**
     * One question's line: recall always, precision only for the funds; {@code missed} names the gold
     * rows no answer matched and {@code unmatched} the answers no gold row matched (funds only).
     */
    record Line(String name, int gold, String returnedLabel, int returned, double recall, Double precision,
            List<String> missed, List<String> unmatched) {

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

    /** What {@code --misses} adds: per question, the gold rows missed and the funds answered beyond the gold. */
    public void printMisses(PrintStream out) {
        for (Line line : List.of(funds, links, enterpriseInstitute)) {
            line.missed().forEach(row -> out.println("  missed " + line.name() + "  " + row));
            line.unmatched().forEach(row -> out.println("  no gold for " + line.name() + "  " + row));
        }
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
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Set<String> forms = wanted.get(i);
            if (predicted.stream().noneMatch(p -> intersects(forms, p))) {
                missed.add(gold.get(i).path("name").asText() + inDocument(gold.get(i)));
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            Set<String> forms = predicted.get(i);
            if (wanted.stream().noneMatch(g -> intersects(g, forms))) {
                unmatched.add(answer.get(i).name());
            }
        }
        long hit = wanted.size() - missed.size();
        long ok = predicted.size() - unmatched.size();
        return new Line("funds", wanted.size(), "returned", predicted.size(), ratio(hit, wanted.size()),
                ratio(ok, predicted.size()), missed, unmatched);
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
        List<String> missed = missed(pairs, gold, "a", "b");
        return new Line("links", gold.size(), "edges", pairs.size(), ratio(gold.size() - missed.size(), gold.size()), null,
                missed, List.of());
    }

    private static Line enterpriseInstitute(List<Relationship> answer, JsonNode gold) {
        List<Pair> pairs = new ArrayList<>();
        for (Relationship path : answer) {
            pairs.add(new Pair(names(path.from()), names(path.to())));
        }
        List<String> missed = missed(pairs, gold, "enterprise", "institute");
        return new Line("enterprise-institute", gold.size(), "returned", pairs.size(),
                ratio(gold.size() - missed.size(), gold.size()), null, missed, List.of());
    }

    /** The gold pairs that no answered pair joins, either way round (recall is the share of the others). */
    private static List<String> missed(List<Pair> pairs, JsonNode gold, String first, String second) {
        List<String> missed = new ArrayList<>();
        for (JsonNode wanted : gold) {
            String a = GoldScore.norm(wanted.path(first).asText());
            String b = GoldScore.norm(wanted.path(second).asText());
            if (pairs.stream().noneMatch(p -> p.joins(a, b))) {
                missed.add(wanted.path(first).asText() + " — " + wanted.path(second).asText()
                        + (wanted.has("type") ? " (" + wanted.path("type").asText() + ")" : "")
                        + inDocument(wanted));
            }
        }
        return missed;
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

    private static String inDocument(JsonNode row) {
        return row.has("document") ? "  (" + row.path("document").asText() + ")" : "";
    }

    private static double ratio(long part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
