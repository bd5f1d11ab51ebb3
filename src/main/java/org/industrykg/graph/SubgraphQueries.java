package org.industrykg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Subgraphs around and between entities, in the export format of DESIGN.md §6
 * ({@code cypher/neighbourhood.cypher}, {@code cypher/path.cypher}). Document nodes and
 * MENTIONED_IN are left out; every node lists the documents that mention it.
 */
@Component
public class SubgraphQueries {

    private static final CypherFile NEIGHBOURHOOD = CypherFile.load("neighbourhood.cypher");
    private static final CypherFile PATH = CypherFile.load("path.cypher");
    private static final CypherFile SUBGRAPH = CypherFile.load("subgraph.cypher");
    /** A neighbourhood of n nodes shows at most this many edges per node. */
    public static final int EDGES_PER_NODE = 10;

    private final GraphReader reader;

    public SubgraphQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** Shortest paths as a subgraph, and each path as the keys of its nodes from one end to the other. */
    public record PathGraph(List<GraphExport.Node> nodes, List<GraphExport.Edge> edges, List<List<String>> paths) {
    }

    /** The most-mentioned entities and the edges among them, and how many entities the graph has. */
    public record Overview(List<GraphExport.Node> nodes, List<GraphExport.Edge> edges, long entities) {
    }

    /**
     * The {@code limit} entities that documents mention most, with the edges among them (at most
     * {@link #EDGES_PER_NODE} per node): a bounded first view of a graph of any size.
     */
    public Overview overview(int limit) {
        return reader.read(client -> {
            List<String> keys = List.copyOf(client.query(SUBGRAPH.query("overview")).bindAll(Map.of("limit", limit))
                    .fetchAs(String.class).mappedBy((types, row) -> row.get("key").asString()).all());
            long entities = client.query(SUBGRAPH.query("entity-count")).fetchAs(Long.class)
                    .mappedBy((types, row) -> row.get("entities").asLong()).one().orElse(0L);
            GraphExport graph = Subgraph.among(client, keys, limit * EDGES_PER_NODE);
            return new Overview(graph.nodes(), graph.edges(), entities);
        });
    }

    /**
     * The entities up to {@code depth} edges away from the entity of {@code key} (nearer and
     * better-known ones first, at most {@code limit} nodes with the centre), and the edges among them.
     */
    public GraphExport neighbourhood(String key, int depth, int limit) {
        return reader.read(client -> {
            Set<String> keys = new LinkedHashSet<>(List.of(key));
            List<String> ring = List.of(key);
            for (int level = 0; level < depth && !ring.isEmpty() && keys.size() < limit; level++) {
                ring = nextRing(client, ring, keys, limit - keys.size());
                keys.addAll(ring);
            }
            return Subgraph.among(client, keys, limit * EDGES_PER_NODE);
        });
    }

    private static List<String> nextRing(Neo4jClient client, List<String> ring, Set<String> seen, int limit) {
        var params = Map.<String, Object>of("keys", ring, "seen", List.copyOf(seen), "limit", limit);
        return List.copyOf(client.query(NEIGHBOURHOOD.query("ring")).bindAll(params)
                .fetchAs(String.class).mappedBy((types, row) -> row.get("key").asString()).all());
    }

    /** All shortest paths of at most {@code maxLength} edges between two entities (at most {@code limit} paths). */
    public PathGraph paths(String from, String to, int maxLength, int limit) {
        return reader.read(client -> {
            var params = Map.<String, Object>of("from", from, "to", to, "maxLength", maxLength, "limit", limit);
            var rows = client.query(PATH.query("shortest-paths")).bindAll(params)
                    .fetchAs(Record.class).mappedBy((types, row) -> row).all();
            List<List<String>> paths = new ArrayList<>();
            Map<List<String>, GraphExport.Edge> edges = new LinkedHashMap<>();
            for (Record row : rows) {
                paths.add(GraphRows.strings(row.get("keys")));
                for (Value edge : row.get("edges").values()) {
                    edges.putIfAbsent(List.of(edge.get("source").asString(), edge.get("type").asString(),
                            edge.get("target").asString()), GraphRows.edge(edge));
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            paths.forEach(keys::addAll);
            return new PathGraph(Subgraph.nodes(client, keys), List.copyOf(edges.values()), paths);
        });
    }
}
