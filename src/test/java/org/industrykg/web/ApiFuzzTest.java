package org.industrykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.industrykg.KgApplication;
import org.industrykg.extract.EntityLabel;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphReader;
import org.industrykg.job.ExtractionJob;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriUtils;

/**
 * Property-based fuzzing (jqwik) of every parameter of every REST endpoint over HTTP, on the
 * application with the embedded Neo4j and the seeds loaded: whatever the values (any Unicode, long
 * text, Lucene and Cypher syntax, numbers out of range or not numbers, missing or repeated; and
 * whatever the Accept header), no reply is a 5xx, every error is problem+json, and the graph is the
 * same afterwards.
 */
class ApiFuzzTest {

    /** The endpoints and their parameters; a path parameter is written {name} in the path. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/export", "format", "texts", "limit", "after"),
            new Endpoint("/api/stats"),
            new Endpoint("/api/documents"),
            new Endpoint("/api/search", "q", "label", "limit"),
            new Endpoint("/api/entities/{key}", "key"),
            new Endpoint("/api/entities/{key}/documents", "key", "offset", "limit"),
            new Endpoint("/api/graph/overview", "limit"),
            new Endpoint("/api/graph/neighbourhood", "key", "depth", "limit"),
            new Endpoint("/api/graph/path", "from", "to", "maxLength", "limit"),
            new Endpoint("/api/funds", "industry", "limit"),
            new Endpoint("/api/links", "a", "b", "limit"),
            new Endpoint("/api/relationships", "from", "to", "key", "limit"),
            new Endpoint("/api/conflicts", "key", "limit"),
            new Endpoint("/api/timeline", "key"),
            new Endpoint("/api/analytics/central", "label", "metric", "limit"),
            new Endpoint("/api/analytics/communities", "minSize"),
            new Endpoint("/api/curation"),
            new Endpoint("/actuator/health"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext app;
    private static HttpClient http;
    private static String base;
    private static String graphBefore;

    @BeforeContainer
    static void startWithTheSeeds() throws IOException {
        Path store = Files.createTempDirectory("kg-fuzz-store");
        // As command-line arguments, which win over application.properties (default properties would not).
        app = new SpringApplicationBuilder(KgApplication.class)
                .run("--kg.store=" + store, "--kg.bolt-port=0", "--server.port=0");
        app.getBean(ExtractionJob.class).run(Path.of("seeds"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeProperty
    void rememberTheGraph() throws Exception {
        graphBefore = graph();
    }

    @AfterProperty
    void theGraphIsUnchanged() throws Exception {
        assertThat(graph()).isEqualTo(graphBefore);
    }

    @Property(tries = 400)
    void no_parameter_value_gives_a_5xx_and_every_error_is_problem_json(@ForAll("requests") Request request)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + request.target()))
                .header("Accept", request.accept()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Statistics.label("endpoint").collect(request.endpoint().path());
        Statistics.label("status").collect(response.statusCode());
        assertThat(response.statusCode()).as(request.target()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(request.target())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(problem.get("detail").asText()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        return Arbitraries.of(ENDPOINTS).flatMap(endpoint -> {
            List<Arbitrary<Optional<List<String>>>> values = endpoint.parameters().stream()
                    .map(name -> values(name).list().ofMinSize(1).ofMaxSize(2).optional(0.85)).toList();
            Arbitrary<String> accept = Arbitraries.of("*/*", "*/*", "application/json", "text/html", "application/xml",
                    "image/png", "text/plain;q=0.5, application/problem+json");
            if (values.isEmpty()) {
                return accept.map(type -> new Request(endpoint, Map.of(), type));
            }
            return Combinators.combine(Combinators.combine(values).as(List::copyOf), accept).as((chosen, type) -> {
                Map<String, List<String>> parameters = new LinkedHashMap<>();
                for (int i = 0; i < chosen.size(); i++) {
                    int at = i;
                    chosen.get(i).ifPresent(value -> parameters.put(endpoint.parameters().get(at), value));
                }
                return new Request(endpoint, parameters, type);
            });
        });
    }

    /** Values for a parameter: ones the endpoint takes, and everything that it must refuse politely. */
    private static Arbitrary<String> values(String name) {
        Arbitrary<String> meaningful = Arbitraries.of("City:中山市", "GovernmentAgency:中山市工业和信息化局", "中山市", "深圳市",
                "人形机器人", "中山", "json", "graphml", "csv", "pagerank", "degree", "betweenness", "1", "2", "3", "6", "20", "100", "500");
        Arbitrary<String> labels = Arbitraries.of(EntityLabel.values()).map(label -> label.name())
                .map(label -> label.length() % 2 == 0 ? label : label.toLowerCase());
        Arbitrary<String> hostile = Arbitraries.of("", " ", "*", "?", "\"", "'", "\\", "%", "%%", "%ZZ", "~", ":", "a:b",
                "City:", ":中山市", "AND", "OR NOT", "\"中山\"~2", "中山^10", "title:(a OR b)", "[a TO z]", "{}", "/", "..",
                "../..", "' OR 1=1 //", "}) DETACH DELETE n //", "MATCH (n) DETACH DELETE n", "$key", "${kg.store}",
                "<script>alert(1)</script>", "\u0000", "\t\n\r", "\uFEFF", "\uD800", "🤖🏭", "0", "-1", "-2147483649",
                "2147483648", "99999999999999999999", "1e3", "0x10", "3.5", "NaN", "null", "true");
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> chinese = Arbitraries.strings().withChars("中山市深圳人形机器人基金产业园研究院有限公司").ofMaxLength(25);
        Arbitrary<String> numbers = Arbitraries.integers().map(String::valueOf);
        Arbitrary<String> long_ = Arbitraries.of(199, 200, 201, 1_000, 5_000).flatMap(length ->
                Arbitraries.strings().withChars("中a:\"*").ofLength(length));
        return Arbitraries.frequencyOf(
                Tuple.of(4, meaningful), Tuple.of(2, labels), Tuple.of(4, hostile), Tuple.of(3, anyText),
                Tuple.of(2, chinese), Tuple.of(2, numbers), Tuple.of(1, long_));
    }

    /** The whole graph as the export and the statistics give it, to compare before and after. */
    private static String graph() throws Exception {
        GraphExport export = app.getBean(GraphReader.class).export();
        List<String> lines = new ArrayList<>();
        export.nodes().forEach(node -> lines.add(node.toString()));
        export.edges().forEach(edge -> lines.add(edge.toString()));
        lines.sort(null);
        JsonNode stats = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return stats + "\n" + String.join("\n", lines);
    }

    record Endpoint(String path, List<String> parameters) {
        Endpoint(String path, String... parameters) {
            this(path, Arrays.asList(parameters));
        }
    }

    record Request(Endpoint endpoint, Map<String, List<String>> parameters, String accept) {

        /** Path and query, every value percent-encoded as UTF-8. */
        String target() {
            String path = endpoint.path();
            Map<String, List<String>> query = new LinkedHashMap<>(parameters);
            int open = path.indexOf('{');
            if (open >= 0) {
                String name = path.substring(open + 1, path.indexOf('}'));
                List<String> value = query.remove(name);
                String segment = value == null ? "City:中山市" : value.get(0);
                path = path.substring(0, open) + UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
            }
            String encoded = query.entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
            return encoded.isEmpty() ? path : path + "?" + encoded;
        }
    }
}
