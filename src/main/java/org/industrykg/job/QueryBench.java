package org.industrykg.job;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.industrykg.graph.CypherFile;
import org.industrykg.graph.LinkQueries;
import org.industrykg.graph.RelationshipQueries;
import org.industrykg.graph.Subgraph;
import org.industrykg.graph.SubgraphQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * {@code ./kg bench queries}: the three questions and the neighbourhood, each asked N times through
 * the bare Neo4j driver (the statements of the cypher files, in the order and with the parameters
 * the service uses, in read transactions) and N times through the REST endpoint of the running
 * application, with the median and 99th percentile of each. A few unmeasured rounds warm up first.
 * Measures, asserts nothing.
 */
@Component
public class QueryBench {

    static final int WARM_UP_ROUNDS = 3;
    static final String INDUSTRY = "人形机器人";

    private static final CypherFile FUNDS = CypherFile.load("funds.cypher");
    private static final CypherFile LINKS = CypherFile.load("links.cypher");
    private static final CypherFile NEIGHBOURHOOD = CypherFile.load("neighbourhood.cypher");
    private static final CypherFile SUBGRAPH = CypherFile.load("subgraph.cypher");
    private static final CypherFile BULK = CypherFile.load("bulk.cypher");

    private final Driver driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    /** The members of the cities asked about and their edges, at {@link #citiesVersion}, as LinkQueries keeps them. */
    private final Map<String, LinkQueries.Members> members = new HashMap<>();
    private final Map<String, LinkQueries.MemberEdges> memberEdges = new HashMap<>();
    private String citiesVersion;

    public QueryBench(Driver driver) {
        this.driver = driver;
    }

    /** The figures of one question; when it failed, null figures and the error. */
    public record Figures(String name, Double driverP50Ms, Double driverP99Ms, Double restP50Ms, Double restP99Ms,
                          String error) {
    }

    /** The report: the size of the graph and the figures per question. */
    public record Report(long relationships, long nodes, int rounds, String hubA, String hubB, List<Figures> queries) {
    }

    /** A question asked both ways: the driver statements and the REST path. */
    private record Question(String name, Runnable driver, String rest) {
    }

    /** Asks each question {@code rounds} times both ways, REST on the application's {@code port}. */
    Report run(int port, int rounds, PrintStream out) {
        base = "http://localhost:" + port;
        Record counts = read(BULK.query("counts"), Map.of()).get(0);
        List<String> hubs = read("""
                MATCH (c:City) RETURN c.name AS name ORDER BY COUNT { (c)--() } DESC, name LIMIT 2""", Map.of())
                .stream().map(r -> r.get("name").asString()).toList();
        if (hubs.size() < 2) {
            throw new IllegalArgumentException("--store: the graph has fewer than two cities to link");
        }
        String hubA = hubs.get(0);
        String hubB = hubs.get(1);
        out.printf("%,d nodes, %,d relationships; hubs %s and %s; %d rounds after %d to warm up%n",
                counts.get("nodes").asLong(), counts.get("relationships").asLong(), hubA, hubB, rounds, WARM_UP_ROUNDS);
        List<Question> questions = List.of(
                new Question("funds", () -> funds(INDUSTRY), "/api/funds?industry=" + encoded(INDUSTRY)),
                new Question("links", () -> links(hubA, hubB), "/api/links?a=" + encoded(hubA) + "&b=" + encoded(hubB)),
                new Question("relationships", this::relationships, "/api/relationships?from=Enterprise&to=ResearchInstitute"),
                new Question("neighbourhood", () -> neighbourhood("City:" + hubA),
                        "/api/graph/neighbourhood?key=" + encoded("City:" + hubA)));
        List<Figures> figures = new ArrayList<>();
        for (Question question : questions) {
            Figures f;
            try {
                double[] driverMs = time(question.driver(), rounds);
                double[] restMs = time(() -> get(question.rest()), rounds);
                f = new Figures(question.name(), percentile(driverMs, 50), percentile(driverMs, 99),
                        percentile(restMs, 50), percentile(restMs, 99), null);
                out.printf(Locale.ROOT, "%-14s driver p50 %8.1f ms  p99 %8.1f ms   REST p50 %8.1f ms  p99 %8.1f ms%n",
                        f.name(), f.driverP50Ms(), f.driverP99Ms(), f.restP50Ms(), f.restP99Ms());
            } catch (RuntimeException e) {
                // A question that fails at this size is a result too: it is reported, the others still run.
                f = new Figures(question.name(), null, null, null, null, e.toString());
                out.printf("%-14s FAILED: %s%n", question.name(), e);
            }
            figures.add(f);
        }
        return new Report(counts.get("relationships").asLong(), counts.get("nodes").asLong(), rounds, hubA, hubB, figures);
    }

    private static double[] time(Runnable ask, int rounds) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            ask.run();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            ask.run();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return ms;
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    private static List<String> keys(List<Record> rows, String column) {
        return rows.stream().map(r -> r.get(column).asString()).toList();
    }

    /** What FundQueries runs: the industry of the name, then its funds. */
    private void funds(String industry) {
        keys(read(FUNDS.query("industry"), Map.of("name", industry)), "key").stream().findFirst().ifPresent(key ->
                read(FUNDS.query("funds"), Map.of("industryKey", key, "limit", 200)));
    }

    /**
     * What LinkQueries runs, in one read transaction as the service does: the two cities and the graph
     * version, the members of each city and the edges of the group with fewer edges (only when the
     * version is not the one they were read at, as the service keeps them), then the edges between the
     * groups and their nodes.
     */
    private void links(String a, String b) {
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                List<Record> cities = tx.run(LINKS.query("cities"), Map.of("names", List.of(a, b))).list();
                String keyA = cities.get(0).get("key").asString();
                String keyB = cities.get(1).get("key").asString();
                String version = cities.get(0).get("version").asString(null);
                if (version == null || !version.equals(citiesVersion)) {
                    members.clear();
                    memberEdges.clear();
                    citiesVersion = version;
                }
                LinkQueries.Members groupA = members.computeIfAbsent(keyA, key -> LinkQueries.Members.of(
                        tx.run(LINKS.query("members"), Map.of("key", key, "limit", LinkQueries.MAX_MEMBERS)).list()));
                LinkQueries.Members groupB = members.computeIfAbsent(keyB, key -> LinkQueries.Members.of(
                        tx.run(LINKS.query("members"), Map.of("key", key, "limit", LinkQueries.MAX_MEMBERS)).list()));
                boolean fromA = groupA.degree() <= groupB.degree();
                LinkQueries.MemberEdges edges = memberEdges.computeIfAbsent(fromA ? keyA : keyB, key -> LinkQueries.MemberEdges.of(
                        tx.run(LINKS.query("member-edges"), Map.of("ids", members.get(key).ids())).list()));
                List<String> ids = new ArrayList<>();
                Set<String> ends = new LinkedHashSet<>();
                for (LinkQueries.MemberEdges.Edge edge : edges.to(fromA ? groupB : groupA, 500)) {
                    ids.add(edge.id());
                    ends.addAll(List.of(edge.member(), edge.other()));
                }
                return tx.run(SUBGRAPH.query("subgraph"), Map.of("edges", ids, "evidenceLimit", Subgraph.EVIDENCE_PER_EDGE,
                        "keys", List.of(keyA, keyB), "ids", List.copyOf(ends), "documentLimit", Subgraph.DOCUMENTS_PER_NODE)).list();
            });
        }
    }

    /** What RelationshipQueries runs for enterprises and research institutes, default limit. */
    private void relationships() {
        Map<String, Object> params = new HashMap<>();
        params.put("from", "Enterprise");
        params.put("to", "ResearchInstitute");
        params.put("key", null);
        params.put("limit", RelationshipQueries.DEFAULT_LIMIT);
        RelationshipQueries.ask(params, null, RelationshipQueries.DEFAULT_LIMIT, this::read,
                r -> r.get("from").get("key").asString() + " " + r.get("to").get("key").asString());
    }

    /** What SubgraphQueries runs for depth 1 and the default limit of 100 nodes. */
    private void neighbourhood(String key) {
        int limit = 100;
        List<String> ring = keys(read(NEIGHBOURHOOD.query("ring"), Map.of("keys", List.of(key), "seen", List.of(key),
                "limit", limit - 1)), "key");
        List<String> all = new ArrayList<>(List.of(key));
        all.addAll(ring);
        read(SUBGRAPH.query("edges-among"), Map.of("keys", all, "limit", limit * SubgraphQueries.EDGES_PER_NODE,
                "evidenceLimit", Subgraph.EVIDENCE_PER_EDGE));
        read(SUBGRAPH.query("subgraph"), Map.of("edges", List.of(), "evidenceLimit", Subgraph.EVIDENCE_PER_EDGE,
                "keys", all, "ids", List.of(), "documentLimit", Subgraph.DOCUMENTS_PER_NODE));
    }
}
