package org.industrykg.graph;

import java.util.List;
import java.util.Map;

/** The export format of DESIGN.md §6: read by outside tools, keep it stable. */
public record GraphExport(List<Node> nodes, List<Edge> edges) {

    public record Node(String key, String label, String name, List<String> aliases,
                       Map<String, Object> properties, List<String> documents) {
    }

    public record Edge(String source, String target, String type, Map<String, Object> properties,
                       List<EvidenceItem> evidence) {
    }

    public record EvidenceItem(String document, String sentence, int start, int end) {
    }
}
