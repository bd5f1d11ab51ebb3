package org.industrykg.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
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
    public static final int MAX_MEMBERS = 10_000;

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
        return reader.read(client -> client.query(LINKS.query("city")).bindAll(Map.of("name", name))
                .fetchAs(EntityRef.class).mappedBy((types, row) -> GraphRows.ref(row)).first());
    }

    /** Every edge (at most {@code limit}) between an entity of or in city a and one of or in city b. */
    public LinkGraph links(EntityRef a, EntityRef b, int limit) {
        return reader.read(client -> {
            List<String> groupA = members(client, a);
            List<String> groupB = members(client, b);
            var edges = List.copyOf(client.query(LINKS.query("links"))
                    .bindAll(Map.of("groupA", groupA, "groupB", groupB, "limit", limit))
                    .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all());
            Set<String> keys = new LinkedHashSet<>(List.of(a.key(), b.key()));
            edges.forEach(edge -> keys.addAll(List.of(edge.source(), edge.target())));
            return new LinkGraph(Subgraph.nodes(client, keys), edges, a, b,
                    groupA.stream().filter(keys::contains).toList(), groupB.stream().filter(keys::contains).toList());
        });
    }

    private static List<String> members(Neo4jClient client, EntityRef city) {
        return List.copyOf(client.query(LINKS.query("members")).bindAll(Map.of("key", city.key(), "limit", MAX_MEMBERS))
                .fetchAs(String.class).mappedBy((types, row) -> row.get("key").asString()).all());
    }
}
