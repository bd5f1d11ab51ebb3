package org.industrykg.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.industrykg.graph.BulkLoader;
import org.industrykg.graph.DocumentRecord;

/**
 * A benchmark graph without NLP: {@code ./kg synth --graph R} takes the documents of the synthetic
 * corpus ({@link SyntheticCorpus}) in order and puts what their gold says into the store as if the
 * extractor had found exactly that — Document nodes with their text, entities under their ontology
 * labels, MENTIONED_IN edges, relationships with method, confidence and one evidence item per
 * document that states them — until the graph holds about R relationships (MENTIONED_IN included).
 * The real cities of the corpus are drawn with a skew, so a few become hubs with thousands of edges.
 */
public final class SyntheticGraph {

    static final String METHOD = "synthetic";

    private final SyntheticCorpus corpus;
    private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> relationships = new LinkedHashMap<>();
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<Map<String, Object>> mentions = new ArrayList<>();

    public SyntheticGraph(long seed) {
        this.corpus = new SyntheticCorpus(seed);
    }

    /** Builds about {@code relationships} relationships in the empty store of the loader and prints what it wrote. */
    public static BulkLoader.Counts build(int relationships, long seed, BulkLoader loader, PrintStream out) {
        if (!loader.empty()) {
            throw new IllegalArgumentException("--store: the store already holds a graph; --graph builds into an empty one");
        }
        long started = System.nanoTime();
        SyntheticGraph graph = new SyntheticGraph(seed);
        int documents = graph.add(relationships);
        loader.write(BulkLoader.Kind.DOCUMENTS, graph.documents);
        loader.write(BulkLoader.Kind.ENTITIES, graph.entityRows());
        loader.write(BulkLoader.Kind.MENTIONS, graph.mentions);
        loader.write(BulkLoader.Kind.RELATIONSHIPS, graph.relationshipRows());
        BulkLoader.Counts counts = loader.counts();
        out.printf("Built %,d nodes and %,d relationships from %,d synthetic documents in %.1f s (seed %d)%n",
                counts.nodes(), counts.relationships(), documents, (System.nanoTime() - started) / 1e9, seed);
        return counts;
    }

    /** Adds documents until the graph has at least {@code target} relationships; returns how many it took. */
    int add(int target) {
        int index = 0;
        while (mentions.size() + relationships.size() < target) {
            add(corpus.document(index++));
        }
        return index;
    }

    private void add(SyntheticCorpus.Document document) {
        String text = document.text();
        String documentKey = DocumentRecord.keyOf(document.fileName());
        Map<String, Object> properties = new HashMap<>();
        properties.put("key", documentKey);
        properties.put("fileName", document.fileName());
        properties.put("sha256", ExtractionJob.sha256(text.getBytes(document.charset())));
        properties.put("text", text);
        properties.put("characters", text.length());
        properties.put("charset", document.charset().name());
        properties.put("title", text.lines().findFirst().orElse(""));
        properties.put("extractorVersion", METHOD);
        documents.add(properties);

        Map<String, String> keys = new HashMap<>();
        for (SyntheticCorpus.GoldEntity entity : document.gold().entities()) {
            String label = entity.types().get(0);
            String key = label + ":" + entity.name();
            keys.put(entity.name(), key);
            Map<String, Object> node = entities.computeIfAbsent(key, k -> newEntity(k, label, entity.name()));
            int count = Math.max(1, occurrences(text, entity.name()) + entity.aliases().stream()
                    .mapToInt(alias -> occurrences(text, alias)).sum());
            node.merge("mentionCount", count, (a, b) -> (int) a + (int) b);
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) node.get("aliases");
            entity.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
            mentions.add(Map.of("entity", key, "document", documentKey, "claim",
                    Map.of("count", count, "aliases", entity.aliases(), "asserts", List.of())));
        }
        for (SyntheticCorpus.GoldRelation relation : document.gold().relations()) {
            String source = keys.get(relation.source());
            String target = keys.get(relation.target());
            Map<String, Object> edge = relationships.computeIfAbsent(relation.type() + "|" + source + "|" + target,
                    k -> newRelationship(relation.type(), source, target));
            int start = Math.max(0, text.indexOf(relation.quote()));
            evidence(edge, "evidenceDocuments").add(document.fileName());
            evidence(edge, "evidenceSentences").add(relation.quote());
            evidence(edge, "evidenceStarts").add(start);
            evidence(edge, "evidenceEnds").add(start + relation.quote().length());
            evidence(edge, "evidenceDates").add("");
        }
    }

    private static Map<String, Object> newEntity(String key, String label, String name) {
        Map<String, Object> node = new HashMap<>();
        node.put("label", label);
        node.put("key", key);
        node.put("name", name);
        node.put("aliases", new ArrayList<String>());
        node.put("mentionCount", 0);
        if (label.equals("City")) {
            node.put("level", name.endsWith("区") ? "district" : "city");
        }
        return node;
    }

    private static Map<String, Object> newRelationship(String type, String source, String target) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("method", METHOD);
        properties.put("confidence", 0.9);
        for (String list : List.of("evidenceDocuments", "evidenceSentences", "evidenceStarts", "evidenceEnds", "evidenceDates")) {
            properties.put(list, new ArrayList<>());
        }
        Map<String, Object> edge = new HashMap<>();
        edge.put("type", type);
        edge.put("source", source);
        edge.put("target", target);
        edge.put("properties", properties);
        return edge;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> evidence(Map<String, Object> edge, String list) {
        return (List<Object>) ((Map<String, Object>) edge.get("properties")).get(list);
    }

    private List<Map<String, Object>> entityRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        entities.values().forEach(node -> {
            Map<String, Object> properties = new HashMap<>(node);
            properties.remove("label");
            properties.put("aliases", ((List<?>) node.get("aliases")).stream().map(String::valueOf).sorted().toList());
            rows.add(Map.of("label", node.get("label"), "properties", properties));
        });
        return rows;
    }

    private List<Map<String, Object>> relationshipRows() {
        return List.copyOf(relationships.values());
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            count++;
        }
        return count;
    }
}
