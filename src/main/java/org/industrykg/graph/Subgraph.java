package org.industrykg.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/** The building blocks of subgraph answers in the §6 format ({@code cypher/subgraph.cypher}). */
final class Subgraph {

    private static final CypherFile SUBGRAPH = CypherFile.load("subgraph.cypher");

    private Subgraph() {
    }

    /** The entities of the keys as export nodes, with their documents. */
    static List<GraphExport.Node> nodes(Neo4jClient client, Collection<String> keys) {
        return List.copyOf(client.query(SUBGRAPH.query("nodes")).bindAll(Map.of("keys", List.copyOf(keys)))
                .fetchAs(GraphExport.Node.class).mappedBy((types, row) -> GraphRows.node(row)).all());
    }

    /** The entities of the keys and at most {@code edgeLimit} of the edges among them. */
    static GraphExport among(Neo4jClient client, Collection<String> keys, int edgeLimit) {
        var edges = client.query(SUBGRAPH.query("edges-among"))
                .bindAll(Map.of("keys", List.copyOf(keys), "limit", edgeLimit))
                .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all();
        return new GraphExport(nodes(client, keys), List.copyOf(edges));
    }
}
