package org.industrykg.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * What an ask of two city names found: the City of each (null when no city has the name) and, when
     * both are found and are two cities, the links between them (else null).
     */
    public record Answer(EntityRef a, EntityRef b, LinkGraph graph) {
    }

    /**
     * The cities of the names or aliases a and b (深圳 finds 深圳市) and at most {@code limit} edges
     * between them, all in one read transaction: the two cities and the graph version in one statement,
     * then the edges of the answer and their nodes.
     */
    public Answer links(String a, String b, int limit) {
        return reader.read(client -> {
            EntityRef[] cities = new EntityRef[2];
            String version = null;
            for (Record row : client.query(LINKS.query("cities")).bindAll(Map.of("names", List.of(a, b)))
                    .fetchAs(Record.class).mappedBy((types, row) -> row).all()) {
                cities[row.get("i").asInt()] = GraphRows.ref(row);
                version = row.get("version").asString(null);
            }
            boolean two = cities[0] != null && cities[1] != null && !cities[0].equals(cities[1]);
            return new Answer(cities[0], cities[1], two ? links(client, cities[0], cities[1], version, limit) : null);
        });
    }

    /** Every edge (at most {@code limit}) between an entity of or in city a and one of or in city b. */
    public LinkGraph links(EntityRef a, EntityRef b, int limit) {
        return reader.read(client -> links(client, a, b, GraphVersion.read(client), limit));
    }

    /**
     * The links at a graph version read in the same transaction: from the members and edges kept at that
     * version (or read now), the edges of the answer by element id, with the types and end keys kept with
     * them, and their nodes by element id.
     */
    private LinkGraph links(Neo4jClient client, EntityRef a, EntityRef b, String version, int limit) {
        Cached groupA = city(client, a, version);
        Cached groupB = city(client, b, version);
        // Each edge between the groups is found from either end: take the group with fewer edges.
        boolean fromA = groupA.members().degree() <= groupB.members().degree();
        MemberEdges from = edges(client, fromA ? groupA : groupB, version);
        List<MemberEdges.Edge> answered = from.to((fromA ? groupB : groupA).members(), limit);
        Set<String> ends = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>(List.of(a.key(), b.key()));
        for (MemberEdges.Edge edge : answered) {
            ends.addAll(List.of(edge.member(), edge.other()));
            keys.addAll(List.of(edge.source(), edge.target()));
        }
        Subgraph.Read read = Subgraph.read(client, answered.stream().map(MemberEdges.Edge::id).toList(),
                List.of(a.key(), b.key()), ends, Subgraph.DOCUMENTS_PER_NODE);
        List<GraphExport.Edge> edges = read.edges().stream().map(row -> {
            MemberEdges.Edge edge = answered.get(row.get("i").asInt());
            return GraphRows.edge(edge.source(), edge.target(), edge.type(), row);
        }).toList();
        return new LinkGraph(read.nodes(), edges, a, b,
                groupA.members().keys().stream().filter(keys::contains).toList(),
                groupB.members().keys().stream().filter(keys::contains).toList());
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
     * The edges of a city's members: the element id of each edge, of its member end and of the node at
     * its other end, and the edge's type and the keys of its source and target, by which an answer orders
     * them. The edges that join them with another city's members are computed once for each {@link Members}
     * they are asked about (kept while these edges are: until the graph version changes).
     */
    public static final class MemberEdges {

        private final String[] edges;
        private final String[] members;
        private final String[] others;
        private final String[] types;
        private final String[] sources;
        private final String[] targets;
        /** For each group of members asked about, by identity, the indexes of the edges that join it, in order. */
        private final Map<Members, int[]> joins = Collections.synchronizedMap(new IdentityHashMap<>());

        private MemberEdges(int n) {
            edges = new String[n];
            members = new String[n];
            others = new String[n];
            types = new String[n];
            sources = new String[n];
            targets = new String[n];
        }

        /** The edges of the rows of {@code member-edges}. */
        public static MemberEdges of(List<? extends MapAccessor> rows) {
            int n = rows.size();
            MemberEdges edges = new MemberEdges(n);
            Map<String, String> shared = new HashMap<>();
            for (int i = 0; i < n; i++) {
                MapAccessor row = rows.get(i);
                edges.edges[i] = row.get("edge").asString();
                edges.others[i] = row.get("other").asString();
                // A member's id, a hub's keys and the types recur in thousands of rows: one string each.
                edges.members[i] = shared.computeIfAbsent(row.get("member").asString(), id -> id);
                edges.types[i] = shared.computeIfAbsent(row.get("type").asString(), t -> t);
                edges.sources[i] = shared.computeIfAbsent(row.get("source").asString(), k -> k);
                edges.targets[i] = shared.computeIfAbsent(row.get("target").asString(), k -> k);
            }
            return edges;
        }

        /**
         * The edges whose other end is one of the group's members, each edge once, the first {@code limit}
         * in the order of type, source key and target key.
         */
        public List<Edge> to(Members group, int limit) {
            int[] joining = joins.computeIfAbsent(group, this::joining);
            List<Edge> to = new ArrayList<>(Math.min(limit, joining.length));
            for (int k = 0; k < joining.length && k < limit; k++) {
                int i = joining[k];
                to.add(new Edge(edges[i], members[i], others[i], types[i], sources[i], targets[i]));
            }
            return to;
        }

        /** The indexes of the edges whose other end is one of the group's members, each edge once, in order. */
        private int[] joining(Members group) {
            Map<String, Integer> joining = new LinkedHashMap<>();
            for (int i = 0; i < edges.length; i++) {
                if (group.idSet().contains(others[i])) {
                    joining.putIfAbsent(edges[i], i);
                }
            }
            return joining.values().stream()
                    .sorted(Comparator.<Integer, String>comparing(i -> types[i]).thenComparing(i -> sources[i])
                            .thenComparing(i -> targets[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        /**
         * An edge of a member: the element ids of the edge, of its member end and of its other end, its
         * type and the keys of its source and target.
         */
        public record Edge(String id, String member, String other, String type, String source, String target) {
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
