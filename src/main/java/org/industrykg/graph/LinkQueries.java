package org.industrykg.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Question 3 of DESIGN.md §7: how two cities are linked ({@code cypher/links.cypher}). What is
 * "of or in" a city is the City, the places inside it, what they host, their agencies and the
 * entities named after it. The members of each city are kept until the graph version
 * ({@link GraphVersion}) changes, so an ask on an unchanged graph reads one version and the edges.
 */
@Component
public class LinkQueries {

    private static final CypherFile LINKS = CypherFile.load("links.cypher");
    /** At most this many entities count as of or in one city. */
    public static final int MAX_MEMBERS = 10_000;
    /** The members of at most this many cities are kept (some 1 MB each at {@link #MAX_MEMBERS}). */
    static final int MAX_CACHED_CITIES = 64;

    private final GraphReader reader;
    /**
     * The members of the cities asked about, by city key, each with the graph version it was read at:
     * reading them is most of the work of an ask at size, and they change only when the graph does.
     */
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

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
            String version = GraphVersion.read(client);
            Members groupA = members(client, a, version);
            Members groupB = members(client, b, version);
            // Each edge between the groups is found from either end: expand the group with fewer edges.
            boolean fromA = groupA.degree() <= groupB.degree();
            var params = Map.<String, Object>of("from", fromA ? groupA.ids() : groupB.ids(),
                    "to", fromA ? groupB.ids() : groupA.ids(), "limit", limit);
            var edges = List.copyOf(client.query(LINKS.query("links")).bindAll(params)
                    .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all());
            Set<String> keys = new LinkedHashSet<>(List.of(a.key(), b.key()));
            edges.forEach(edge -> keys.addAll(List.of(edge.source(), edge.target())));
            return new LinkGraph(Subgraph.nodes(client, keys), edges, a, b,
                    groupA.keys().stream().filter(keys::contains).toList(),
                    groupB.keys().stream().filter(keys::contains).toList());
        });
    }

    /**
     * What is of or in a city: the element ids and keys of the members, in the same order, and the
     * sum of their degrees in the types that {@code links} expands.
     */
    record Members(List<String> ids, List<String> keys, long degree) {
    }

    /** The members of a city at a graph version. */
    private record Cached(String version, Members members) {
    }

    /**
     * The members of a city: from the cache while the graph version is the one they were read at,
     * else read (and cached, unless the graph has no version).
     */
    private Members members(Neo4jClient client, EntityRef city, String version) {
        Cached cached = cache.get(city.key());
        if (version != null && cached != null && version.equals(cached.version())) {
            return cached.members();
        }
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        long degree = 0;
        for (Record row : client.query(LINKS.query("members")).bindAll(Map.of("key", city.key(), "limit", MAX_MEMBERS))
                .fetchAs(Record.class).mappedBy((types, row) -> row).all()) {
            ids.add(row.get("id").asString());
            keys.add(row.get("key").asString());
            degree += row.get("degree").asLong();
        }
        Members members = new Members(List.copyOf(ids), List.copyOf(keys), degree);
        if (version != null) {
            if (cache.size() >= MAX_CACHED_CITIES) {
                cache.clear();
            }
            cache.put(city.key(), new Cached(version, members));
        }
        return members;
    }
}
