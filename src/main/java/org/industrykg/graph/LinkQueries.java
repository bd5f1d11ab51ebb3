package org.industrykg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Question 3 of DESIGN.md §7: how two cities are linked ({@code cypher/links.cypher}). What is
 * "of or in" a city is the City, the places inside it, what they host, their agencies and the
 * entities named after it. The members of each city and their edges are kept until the graph
 * version ({@link GraphVersion}) changes, so an ask on an unchanged graph reads the version, then
 * only the edges of the answer and their nodes.
 */
@Component
public class LinkQueries {

    private static final CypherFile LINKS = CypherFile.load("links.cypher");
    /** At most this many entities count as of or in one city. */
    public static final int MAX_MEMBERS = 10_000;
    /**
     * The members of at most this many cities are kept: some 2 MB each at {@link #MAX_MEMBERS}, and
     * with their edges up to some 20 MB (a hub of the 1M-relationship benchmark graph: 93,000 edges).
     */
    static final int MAX_CACHED_CITIES = 16;

    private final GraphReader reader;
    /**
     * The members of the cities asked about and their edges, by city key, each with the graph version
     * they were read at: reading them is most of the work of an ask at size, and they change only
     * when the graph does.
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
            Cached groupA = city(client, a, version);
            Cached groupB = city(client, b, version);
            // Each edge between the groups is found from either end: take the group with fewer edges.
            boolean fromA = groupA.members().degree() <= groupB.members().degree();
            Cached from = fromA ? groupA : groupB;
            Members to = (fromA ? groupB : groupA).members();
            var params = Map.<String, Object>of("ids", edges(client, from, version).to(to, limit),
                    "evidenceLimit", Subgraph.EVIDENCE_PER_EDGE);
            var edges = List.copyOf(client.query(LINKS.query("links")).bindAll(params)
                    .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all());
            Set<String> keys = new LinkedHashSet<>(List.of(a.key(), b.key()));
            edges.forEach(edge -> keys.addAll(List.of(edge.source(), edge.target())));
            return new LinkGraph(Subgraph.nodes(client, keys), edges, a, b,
                    groupA.members().keys().stream().filter(keys::contains).toList(),
                    groupB.members().keys().stream().filter(keys::contains).toList());
        });
    }

    /**
     * What is of or in a city: the element ids of the members (also as a set) and their keys in the
     * same order, and the sum of their degrees in the types of {@code member-edges}.
     */
    public record Members(List<String> ids, Set<String> idSet, List<String> keys, long degree) {

        /** The members of the rows of {@code members}. */
        public static Members of(List<? extends MapAccessor> rows) {
            List<String> ids = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            long degree = 0;
            for (MapAccessor row : rows) {
                ids.add(row.get("id").asString());
                keys.add(row.get("key").asString());
                degree += row.get("degree").asLong();
            }
            return new Members(List.copyOf(ids), Set.copyOf(ids), List.copyOf(keys), degree);
        }
    }

    /**
     * The edges of a city's members: the element id of each edge and of the node at its other end, and
     * the edge's type and the keys of its source and target, by which an answer orders them.
     */
    public record MemberEdges(String[] edges, String[] others, String[] types, String[] sources, String[] targets) {

        /** The edges of the rows of {@code member-edges}. */
        public static MemberEdges of(List<? extends MapAccessor> rows) {
            int n = rows.size();
            MemberEdges edges = new MemberEdges(new String[n], new String[n], new String[n], new String[n], new String[n]);
            Map<String, String> shared = new HashMap<>();
            for (int i = 0; i < n; i++) {
                MapAccessor row = rows.get(i);
                edges.edges[i] = row.get("edge").asString();
                edges.others[i] = row.get("other").asString();
                // A hub's keys and the types recur in thousands of rows: one string each.
                edges.types[i] = shared.computeIfAbsent(row.get("type").asString(), t -> t);
                edges.sources[i] = shared.computeIfAbsent(row.get("source").asString(), k -> k);
                edges.targets[i] = shared.computeIfAbsent(row.get("target").asString(), k -> k);
            }
            return edges;
        }

        /**
         * The element ids of the edges whose other end is one of the members, each once, the first
         * {@code limit} in the order of type, source key and target key.
         */
        public List<String> to(Members members, int limit) {
            Map<String, Integer> joining = new LinkedHashMap<>();
            for (int i = 0; i < edges.length; i++) {
                if (members.idSet().contains(others[i])) {
                    joining.putIfAbsent(edges[i], i);
                }
            }
            return joining.values().stream()
                    .sorted(Comparator.<Integer, String>comparing(i -> types[i]).thenComparing(i -> sources[i])
                            .thenComparing(i -> targets[i]))
                    .limit(limit)
                    .map(i -> edges[i])
                    .toList();
        }
    }

    /** A city's members at a graph version, and their edges once they were needed. */
    private record Cached(String city, String version, Members members, MemberEdges edges) {
    }

    /**
     * A city's members: from the cache while the graph version is the one they were read at, else
     * read (and cached, unless the graph has no version).
     */
    private Cached city(Neo4jClient client, EntityRef city, String version) {
        Cached cached = cache.get(city.key());
        if (version != null && cached != null && version.equals(cached.version())) {
            return cached;
        }
        Members members = Members.of(List.copyOf(client.query(LINKS.query("members"))
                .bindAll(Map.of("key", city.key(), "limit", MAX_MEMBERS))
                .fetchAs(Record.class).mappedBy((types, row) -> row).all()));
        return keep(new Cached(city.key(), version, members, null));
    }

    /** The edges of a city's members, read once per graph version. */
    private MemberEdges edges(Neo4jClient client, Cached city, String version) {
        if (city.edges() != null) {
            return city.edges();
        }
        MemberEdges edges = MemberEdges.of(List.copyOf(client.query(LINKS.query("member-edges"))
                .bindAll(Map.of("ids", city.members().ids()))
                .fetchAs(Record.class).mappedBy((types, row) -> row).all()));
        keep(new Cached(city.city(), version, city.members(), edges));
        return edges;
    }

    /** Caches what was read at a graph version (nothing without one), making room when the cache is full. */
    private Cached keep(Cached city) {
        if (city.version() != null) {
            if (cache.size() >= MAX_CACHED_CITIES && !cache.containsKey(city.city())) {
                cache.clear();
            }
            cache.put(city.city(), city);
        }
        return city;
    }
}
