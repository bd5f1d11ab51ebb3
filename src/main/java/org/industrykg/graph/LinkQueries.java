package org.industrykg.graph;

import static org.neo4j.driver.Values.parameters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Question 3 of DESIGN.md §7: how two cities are linked ({@code cypher/links.cypher}). What is
 * "of or in" a city is the City, the places inside it, what they host, their agencies and the
 * entities named after it.
 */
@Component
public class LinkQueries {

    private static final CypherFile LINKS = CypherFile.load("links.cypher");
    /** At most this many entities count as of or in one city. */
    static final int MAX_MEMBERS = 10_000;

    private final GraphReader reader;

    public LinkQueries(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * The edges between the two groups as a subgraph in the §6 format (nodes and edges), with
     * the two cities and, for every node of the answer, the group it is of: {@code groupA},
     * {@code groupB} (a node can be of both, like a Shenzhen firm's base in Zhongshan).
     */
    public record LinkGraph(List<GraphExport.Node> nodes, List<GraphExport.Edge> edges, EntityRef a, EntityRef b,
                            List<String> groupA, List<String> groupB) {
    }

    /** The City of a name or alias (深圳 finds 深圳市), or empty. */
    public Optional<EntityRef> city(String name) {
        return reader.read(tx -> tx.run(LINKS.query("city"), parameters("name", name)).stream()
                .findFirst()
                .map(GraphRows::ref));
    }

    /** Every edge (at most {@code limit}) between an entity of or in city a and one of or in city b. */
    public LinkGraph links(EntityRef a, EntityRef b, int limit) {
        return reader.read(tx -> {
            List<String> groupA = members(tx, a);
            List<String> groupB = members(tx, b);
            var edges = tx.run(LINKS.query("links"), parameters("groupA", groupA, "groupB", groupB, "limit", limit))
                    .list(GraphRows::edge);
            Set<String> keys = new LinkedHashSet<>(List.of(a.key(), b.key()));
            edges.forEach(edge -> keys.addAll(List.of(edge.source(), edge.target())));
            return new LinkGraph(Subgraph.nodes(tx, keys), edges, a, b,
                    groupA.stream().filter(keys::contains).toList(), groupB.stream().filter(keys::contains).toList());
        });
    }

    private static List<String> members(TransactionContext tx, EntityRef city) {
        return tx.run(LINKS.query("members"), parameters("key", city.key(), "limit", MAX_MEMBERS))
                .list(row -> row.get("key").asString());
    }
}
