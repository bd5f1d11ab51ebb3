package org.industrykg.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The building blocks of subgraph answers in the §6 format ({@code cypher/subgraph.cypher}). */
public final class Subgraph {

    private static final CypherFile SUBGRAPH = CypherFile.load("subgraph.cypher");
    /**
     * A node of a subgraph answer lists at most this many of the documents that mention it (in the
     * order the store keeps them) and how many there are; the entity endpoint pages through them all
     * and the whole-graph export lists them all.
     */
    public static final int DOCUMENTS_PER_NODE = 20;
    /**
     * An edge of a subgraph answer carries at most this many of its evidence items (in the order they
     * were written) and {@code evidenceCount}, how many there are; the entity endpoint and the
     * whole-graph export give them all.
     */
    public static final int EVIDENCE_PER_EDGE = 5;

    private Subgraph() {
    }

    /** The entities of the keys as export nodes, with their first documents and how many there are. */
    static List<GraphExport.Node> nodes(Neo4jClient client, Collection<String> keys) {
        return nodes(client, keys, DOCUMENTS_PER_NODE);
    }

    /** The entities of the keys as export nodes, each with its first {@code documentLimit} documents and their count. */
    static List<GraphExport.Node> nodes(Neo4jClient client, Collection<String> keys, int documentLimit) {
        return read(client, List.of(), keys, List.of(), documentLimit).nodes();
    }

    /**
     * What {@code subgraph} read: the rows of the edges (each with {@code i}, its index in the element
     * ids asked for, its properties and {@code evidenceCount}) and the nodes.
     */
    record Read(List<Value> edges, List<GraphExport.Node> nodes) {
    }

    /**
     * The edges of the element ids {@code edges} (in that order, each with its first evidence items) and
     * the entities of the keys and of the element ids {@code ids} as export nodes, each with its first
     * {@code documentLimit} documents and their count, in one statement.
     */
    static Read read(Neo4jClient client, List<String> edges, Collection<String> keys, Collection<String> ids,
                     int documentLimit) {
        return client.query(SUBGRAPH.query("subgraph"))
                .bindAll(Map.of("edges", edges, "evidenceLimit", EVIDENCE_PER_EDGE, "keys", List.copyOf(keys),
                        "ids", List.copyOf(ids), "documentLimit", documentLimit))
                .fetchAs(Read.class)
                .mappedBy((types, row) -> new Read(row.get("edges").asList(value -> value),
                        row.get("nodes").asList(GraphRows::subgraphNode)))
                .one().orElseThrow();
    }

    /** The entities of the keys and at most {@code edgeLimit} of the edges among them. */
    static GraphExport among(Neo4jClient client, Collection<String> keys, int edgeLimit) {
        var edges = client.query(SUBGRAPH.query("edges-among"))
                .bindAll(Map.of("keys", List.copyOf(keys), "limit", edgeLimit, "evidenceLimit", EVIDENCE_PER_EDGE))
                .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all();
        return new GraphExport(nodes(client, keys), List.copyOf(edges));
    }
}
