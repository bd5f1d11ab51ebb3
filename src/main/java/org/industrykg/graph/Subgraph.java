package org.industrykg.graph;

import static org.neo4j.driver.Values.parameters;

import java.util.Collection;
import java.util.List;

import org.neo4j.driver.TransactionContext;

/** The building blocks of subgraph answers in the §6 format ({@code cypher/subgraph.cypher}). */
final class Subgraph {

    private static final CypherFile SUBGRAPH = CypherFile.load("subgraph.cypher");

    private Subgraph() {
    }

    /** The entities of the keys as export nodes, with their documents. */
    static List<GraphExport.Node> nodes(TransactionContext tx, Collection<String> keys) {
        return tx.run(SUBGRAPH.query("nodes"), parameters("keys", List.copyOf(keys))).list(GraphRows::node);
    }

    /** The entities of the keys and at most {@code edgeLimit} of the edges among them. */
    static GraphExport among(TransactionContext tx, Collection<String> keys, int edgeLimit) {
        var edges = tx.run(SUBGRAPH.query("edges-among"), parameters("keys", List.copyOf(keys), "limit", edgeLimit))
                .list(GraphRows::edge);
        return new GraphExport(nodes(tx, keys), edges);
    }
}
