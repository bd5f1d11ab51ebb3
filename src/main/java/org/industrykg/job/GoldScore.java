package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.GraphExport;

/**
 * Scores an export against gold annotation files with the matching rules of
 * {@code shared/eval/score.py}: a node matches a gold entity when one of its normalised names or
 * aliases equals one of the gold's (NFKC, no whitespace, no 《》 or quotes); typed matches also
 * need the label among the gold's types; Industry is scored on its own line; an edge matches when
 * its endpoints match the gold's and its type is the gold type or an alternative
 * (PARTNERS_WITH either way).
 */
public final class GoldScore {

    private static final Set<String> RELATION_TYPES = Set.of("FUNDS", "MANAGES", "TARGETS", "HOSTS", "PARTNERS_WITH",
            "FOUNDED", "SUPPORTS", "ISSUES", "PART_OF", "IN_INDUSTRY");

    /** Counts behind one precision/recall line. */
    static final class Counts {
        int truePredicted;
        int predicted;
        int trueGold;
        int gold;

        double precision() {
            return predicted == 0 ? 0 : (double) truePredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) trueGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Map<String, Counts> entities = new TreeMap<>();
    final Map<String, Counts> relations = new TreeMap<>();
    final Counts typed = new Counts();
    final Counts industry = new Counts();
    final Counts relation = new Counts();
    /** Per gold document, in file order: what was missed and what matches no gold. */
    final List<Misses> misses = new ArrayList<>();

    /**
     * What the extraction of one document missed and what it found that no gold has, one readable
     * line each ({@code Label name}, {@code TYPE source -> target}).
     */
    record Misses(String document, List<String> missedEntities, List<String> missedRelations,
                  List<String> unmatchedEntities, List<String> unmatchedEdges) {

        Misses(String document) {
            this(document, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        boolean isEmpty() {
            return missedEntities.isEmpty() && missedRelations.isEmpty() && unmatchedEntities.isEmpty() && unmatchedEdges.isEmpty();
        }
    }

    /** Reads every gold file ({@code *.json} with a {@code document} field) of a folder and scores the graph. */
    public static GoldScore score(GraphExport graph, Path goldDir, ObjectMapper json) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("--gold " + goldDir + ": not a folder");
        }
        GoldScore score = new GoldScore();
        List<Path> files;
        try (Stream<Path> listing = Files.list(goldDir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int documents = 0;
        for (Path file : files) {
            JsonNode gold = json.readTree(file.toFile());
            if (gold.has("document")) {
                score.addDocument(graph, gold);
                documents++;
            }
        }
        if (documents == 0) {
            throw new IllegalArgumentException("--gold " + goldDir + ": no gold files (JSON with a \"document\" field)");
        }
        return score;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        return n.replaceAll("[\\s《》<>\"'“”‘’「」]", "");
    }

    private static Set<String> forms(String name, Iterable<String> aliases) {
        Set<String> forms = new HashSet<>();
        forms.add(norm(name));
        aliases.forEach(a -> forms.add(norm(a)));
        forms.remove("");
        return forms;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private void addDocument(GraphExport graph, JsonNode gold) {
        String document = gold.get("document").asText();
        List<JsonNode> goldEntities = new ArrayList<>();
        gold.get("entities").forEach(goldEntities::add);
        List<Set<String>> goldForms = goldEntities.stream()
                .map(e -> forms(e.get("name").asText(), texts(e.get("aliases")))).toList();
        List<GraphExport.Node> nodes = graph.nodes().stream()
                .filter(n -> n.documents().contains(document) && !n.label().equals("Document")).toList();
        Map<String, Set<Integer>> matches = new HashMap<>();
        for (GraphExport.Node node : nodes) {
            matches.put(node.key(), matching(node, goldForms));
        }
        Misses missed = new Misses(document);
        scoreEntities(goldEntities, nodes, matches, missed);
        scoreRelations(graph, document, gold, goldForms, matches, missed);
        misses.add(missed);
    }

    private static Set<Integer> matching(GraphExport.Node node, List<Set<String>> goldForms) {
        Set<String> forms = forms(node.name(), node.aliases());
        Set<Integer> hits = new HashSet<>();
        for (int i = 0; i < goldForms.size(); i++) {
            if (goldForms.get(i).stream().anyMatch(forms::contains)) {
                hits.add(i);
            }
        }
        return hits;
    }

    private static String firstType(JsonNode goldEntity) {
        return goldEntity.get("types").get(0).asText();
    }

    private void scoreEntities(List<JsonNode> gold, List<GraphExport.Node> nodes, Map<String, Set<Integer>> matches,
                               Misses missed) {
        Set<Integer> industryHits = new HashSet<>();
        Set<Integer> typedHits = new HashSet<>();
        for (GraphExport.Node node : nodes) {
            Set<Integer> hits = matches.get(node.key());
            if (node.label().equals("Industry")) {
                industry.predicted++;
                industry.truePredicted += hits.isEmpty() ? 0 : 1;
                industryHits.addAll(hits);
                if (hits.isEmpty()) {
                    missed.unmatchedEntities().add(node.label() + " " + oneLine(node.name()));
                }
                continue;
            }
            Set<Integer> ok = new HashSet<>();
            for (int i : hits) {
                if (texts(gold.get(i).get("types")).contains(node.label())) {
                    ok.add(i);
                }
            }
            typedHits.addAll(ok);
            if (ok.isEmpty()) {
                missed.unmatchedEntities().add(node.label() + " " + oneLine(node.name()) + (hits.isEmpty() ? ""
                        : " (gold: " + hits.stream().sorted().map(i -> String.join("/", texts(gold.get(i).get("types"))))
                        .distinct().collect(Collectors.joining(", ")) + ")"));
            }
            Counts counts = entities.computeIfAbsent(node.label(), k -> new Counts());
            counts.predicted++;
            counts.truePredicted += ok.isEmpty() ? 0 : 1;
            typed.predicted++;
            typed.truePredicted += ok.isEmpty() ? 0 : 1;
        }
        for (int i = 0; i < gold.size(); i++) {
            String type = firstType(gold.get(i));
            if (type.equals("Industry")) {
                industry.gold++;
                industry.trueGold += industryHits.contains(i) ? 1 : 0;
                if (!industryHits.contains(i)) {
                    missed.missedEntities().add(type + " " + oneLine(gold.get(i).get("name").asText()));
                }
                continue;
            }
            Counts counts = entities.computeIfAbsent(type, k -> new Counts());
            counts.gold++;
            counts.trueGold += typedHits.contains(i) ? 1 : 0;
            typed.gold++;
            typed.trueGold += typedHits.contains(i) ? 1 : 0;
            if (!typedHits.contains(i)) {
                int goldIndex = i;
                List<String> labels = nodes.stream().filter(n -> matches.get(n.key()).contains(goldIndex))
                        .map(GraphExport.Node::label).distinct().sorted().toList();
                missed.missedEntities().add(type + " " + oneLine(gold.get(i).get("name").asText())
                        + (labels.isEmpty() ? "" : " (extracted as " + String.join(", ", labels) + ")"));
            }
        }
    }

    private record GoldRelation(int source, int target, Set<String> types, String type, String text) {
    }

    private void scoreRelations(GraphExport graph, String document, JsonNode gold, List<Set<String>> goldForms,
                                Map<String, Set<Integer>> matches, Misses missed) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < goldForms.size(); i++) {
            for (String form : goldForms.get(i)) {
                index.putIfAbsent(form, i);
            }
        }
        List<GoldRelation> goldRelations = new ArrayList<>();
        for (JsonNode r : gold.path("relations")) {
            Integer s = index.get(norm(r.get("source").asText()));
            Integer t = index.get(norm(r.get("target").asText()));
            if (s != null && t != null) {
                Set<String> types = new HashSet<>(texts(r.get("alt_types")));
                types.add(r.get("type").asText());
                String type = r.get("type").asText();
                types.remove(type);
                String text = type + " " + oneLine(r.get("source").asText()) + " -> " + oneLine(r.get("target").asText())
                        + (types.isEmpty() ? "" : " (or " + String.join(", ", new TreeSet<>(types)) + ")");
                types.add(type);
                goldRelations.add(new GoldRelation(s, t, types, type, text));
            }
        }
        Map<String, GraphExport.Node> byKey = new HashMap<>();
        graph.nodes().forEach(n -> byKey.put(n.key(), n));
        Set<Integer> found = new HashSet<>();
        for (GraphExport.Edge edge : graph.edges()) {
            if (!RELATION_TYPES.contains(edge.type())
                    || edge.evidence().stream().noneMatch(ev -> document.equals(ev.document()))) {
                continue;
            }
            Set<Integer> sources = endpoint(edge.source(), matches, byKey, goldForms);
            Set<Integer> targets = endpoint(edge.target(), matches, byKey, goldForms);
            boolean ok = false;
            for (int j = 0; j < goldRelations.size(); j++) {
                GoldRelation g = goldRelations.get(j);
                boolean forward = sources.contains(g.source()) && targets.contains(g.target());
                boolean backward = edge.type().equals("PARTNERS_WITH") && sources.contains(g.target()) && targets.contains(g.source());
                if (g.types().contains(edge.type()) && (forward || backward)) {
                    ok = true;
                    found.add(j);
                }
            }
            Counts counts = relations.computeIfAbsent(edge.type(), k -> new Counts());
            counts.predicted++;
            counts.truePredicted += ok ? 1 : 0;
            relation.predicted++;
            relation.truePredicted += ok ? 1 : 0;
            if (!ok) {
                missed.unmatchedEdges().add(edge.type() + " " + name(edge.source(), byKey) + " -> " + name(edge.target(), byKey));
            }
        }
        for (int j = 0; j < goldRelations.size(); j++) {
            Counts counts = relations.computeIfAbsent(goldRelations.get(j).type(), k -> new Counts());
            counts.gold++;
            counts.trueGold += found.contains(j) ? 1 : 0;
            if (!found.contains(j)) {
                missed.missedRelations().add(goldRelations.get(j).text());
            }
        }
        relation.gold += goldRelations.size();
        relation.trueGold += found.size();
    }

    private static Set<Integer> endpoint(String key, Map<String, Set<Integer>> matches, Map<String, GraphExport.Node> byKey,
                                         List<Set<String>> goldForms) {
        Set<Integer> hits = matches.get(key);
        if (hits != null && !hits.isEmpty()) {
            return hits;
        }
        GraphExport.Node node = byKey.get(key);
        return node == null ? Set.of() : matching(node, goldForms);
    }

    private static String name(String key, Map<String, GraphExport.Node> byKey) {
        GraphExport.Node node = byKey.get(key);
        return oneLine(node == null ? key : node.name());
    }

    /** A name as one line of the misses list: a line break inside it shows as a backslash and n. */
    private static String oneLine(String name) {
        return name.replace("\r", "").replace("\n", "\\n");
    }

    /** Prints per-label and per-type lines and the overall numbers. */
    public void print(PrintStream out) {
        entities.forEach((label, c) -> out.println(line("entity " + label, c)));
        relations.forEach((type, c) -> out.println(line("relation " + type, c)));
        out.println(line("industry", industry));
        out.println(line("entities typed (Industry excluded)", typed));
        out.println(line("relations", relation));
    }

    /** Prints, per document with gold, the missed gold entities and relations and what matches no gold. */
    public void printMisses(PrintStream out) {
        out.println("Misses per document (missed: in the gold, not extracted; no gold: extracted, in no gold):");
        for (Misses document : misses) {
            out.println(document.document() + (document.isEmpty() ? ": nothing missed" : ":"));
            document.missedEntities().forEach(line -> out.println("  missed entity       " + line));
            document.missedRelations().forEach(line -> out.println("  missed relation     " + line));
            document.unmatchedEntities().forEach(line -> out.println("  no gold for entity  " + line));
            document.unmatchedEdges().forEach(line -> out.println("  no gold for edge    " + line));
        }
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "  %-36s P=%s R=%s F1=%s gold=%d", name, twoDecimals(c.precision()),
                twoDecimals(c.recall()), twoDecimals(c.f1()), c.gold);
    }

    /** Two decimals rounded as Python's {@code f"{x:.2f}"} rounds them (half to even on the exact value), so 0.625 is 0.62 as score.py prints it. */
    static String twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
