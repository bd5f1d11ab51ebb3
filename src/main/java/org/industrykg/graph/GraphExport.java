package org.industrykg.graph;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The export format graph.json (docs/design.md): read by outside tools, keep it stable. */
@JsonPropertyOrder({"formatVersion", "nodes", "edges"})
public record GraphExport(List<Node> nodes, List<Edge> edges) {

    /** The version of the graph.json contract (docs/design.md); readers treat a missing one as 1. */
    public static final int FORMAT_VERSION = 1;

    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * A node. In the whole-graph export {@code documents} lists every document that mentions it and
     * {@code documentCount} is absent (null); in a subgraph answer (neighbourhood, path, links,
     * overview) {@code documents} holds at most the first {@code Subgraph.DOCUMENTS_PER_NODE} in the
     * order the store keeps them (not file-name order: that would read them all) and {@code documentCount}
     * how many there are (docs/design.md).
     */
    public record Node(String key, String label, String name, List<String> aliases,
                       Map<String, Object> properties, List<String> documents,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long documentCount) {

        /** A node with every document that mentions it, as the whole-graph export has it. */
        public Node(String key, String label, String name, List<String> aliases,
                    Map<String, Object> properties, List<String> documents) {
            this(key, label, name, aliases, properties, documents, null);
        }
    }

    public record Edge(String source, String target, String type, Map<String, Object> properties,
                       List<EvidenceItem> evidence) {
    }

    /** One sentence stating an edge; {@code date} is the date of the fact (docs/design.md, Time), absent when unknown. */
    public record EvidenceItem(String document, String sentence, int start, int end,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String date) {

        public EvidenceItem(String document, String sentence, int start, int end) {
            this(document, sentence, start, end, null);
        }
    }
}
