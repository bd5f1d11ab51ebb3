package org.industrykg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Turns driver records (or map values inside them) into the export records; shared by every query
 * that returns a subgraph.
 */
final class GraphRows {

    /** Node properties that the export carries in fields of their own or that are too large. */
    private static final Set<String> NODE_FIELDS = Set.of("key", "name", "aliases", "text");
    private static final Set<String> EVIDENCE_FIELDS =
            Set.of("evidenceDocuments", "evidenceSentences", "evidenceStarts", "evidenceEnds", "evidenceDates");

    private GraphRows() {
    }

    /** A node of a row of the whole-graph export, with every document that mentions it. */
    static GraphExport.Node node(MapAccessor row) {
        Map<String, Object> properties = new LinkedHashMap<>(row.get("properties").asMap());
        properties.keySet().removeAll(NODE_FIELDS);
        return new GraphExport.Node(
                row.get("key").asString(),
                row.get("label").asString(),
                row.get("name").asString(""),
                row.get("aliases").asList(Value::asString),
                properties,
                row.get("documents").asList(Value::asString));
    }

    /**
     * A node of a subgraph answer ({@code subgraph.cypher}): its label, its properties (its key, name and
     * aliases among them), its first documents and {@code documentCount}.
     */
    static GraphExport.Node subgraphNode(MapAccessor row) {
        Map<String, Object> properties = new LinkedHashMap<>(row.get("properties").asMap());
        Object name = properties.get("name");
        Object aliases = properties.get("aliases");
        GraphExport.Node node = new GraphExport.Node(
                (String) properties.get("key"),
                row.get("label").asString(),
                name == null ? "" : (String) name,
                aliases instanceof List<?> list ? list.stream().map(String.class::cast).toList() : List.of(),
                properties,
                row.get("documents").asList(Value::asString),
                row.get("documentCount").asLong());
        properties.keySet().removeAll(NODE_FIELDS);
        return node;
    }

    static GraphExport.Edge edge(MapAccessor row) {
        return edge(row.get("source").asString(), row.get("target").asString(), row.get("type").asString(), row);
    }

    /** An edge whose ends and type the caller knows, from a row with its {@code properties} (and maybe {@code evidenceCount}). */
    static GraphExport.Edge edge(String source, String target, String type, MapAccessor row) {
        Map<String, Object> all = row.get("properties").asMap();
        Map<String, Object> properties = new LinkedHashMap<>(all);
        properties.keySet().removeAll(EVIDENCE_FIELDS);
        if (row.containsKey("evidenceCount")) { // a subgraph answer: the first items, and how many there are
            properties.put("evidenceCount", row.get("evidenceCount").asLong());
        }
        return new GraphExport.Edge(source, target, type, properties, evidence(all));
    }

    /** An entity reference from a row or map value with key, label and name; null for a null value. */
    static EntityRef ref(MapAccessor map) {
        if (map instanceof Value value && value.isNull()) {
            return null;
        }
        return new EntityRef(map.get("key").asString(), map.get("label").asString(null), map.get("name").asString(""));
    }

    static List<String> strings(Value value) {
        return value.asList(Value::asString);
    }

    static List<GraphExport.EvidenceItem> evidence(Map<String, Object> relationshipProperties) {
        List<?> documents = list(relationshipProperties.get("evidenceDocuments"));
        List<?> sentences = list(relationshipProperties.get("evidenceSentences"));
        List<?> starts = list(relationshipProperties.get("evidenceStarts"));
        List<?> ends = list(relationshipProperties.get("evidenceEnds"));
        List<?> dates = list(relationshipProperties.get("evidenceDates"));
        List<GraphExport.EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            items.add(new GraphExport.EvidenceItem(
                    (String) documents.get(i),
                    i < sentences.size() ? (String) sentences.get(i) : "",
                    i < starts.size() ? ((Number) starts.get(i)).intValue() : 0,
                    i < ends.size() ? ((Number) ends.get(i)).intValue() : 0,
                    i < dates.size() && !"".equals(dates.get(i)) ? (String) dates.get(i) : null));
        }
        return items;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
