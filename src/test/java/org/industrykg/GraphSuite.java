package org.industrykg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.extract.IndustryTaxonomy;
import org.industrykg.graph.GraphExport;
import org.industrykg.graph.GraphReader;
import org.industrykg.job.ExtractionJob;
import org.industrykg.job.JobReport;
import org.industrykg.system.KgProperties;
import org.industrykg.system.StoreCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.MediaType;

/**
 * The integration suite: the seeds extracted into a real Neo4j over Bolt. Run against the embedded
 * database ({@link EmbeddedGraphTest}) and, when Docker is available, a Neo4j container
 * ({@link ContainerGraphTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphSuite {

    protected static final Path SEEDS = Path.of("seeds");

    @Autowired
    protected ExtractionJob job;
    @Autowired
    protected GraphReader reader;
    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    private Environment environment;
    @Autowired
    private KgProperties properties;

    private static final Set<Class<?>> loaded = new java.util.HashSet<>();

    @BeforeEach
    void loadSeedsOnce() throws IOException {
        synchronized (loaded) {
            if (loaded.add(getClass())) {
                JobReport report = job.run(SEEDS, quiet());
                assertThat(report.failures()).isEmpty();
            }
        }
    }

    protected static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void seeds_load_into_documents_entities_and_edges_with_evidence() {
        GraphExport graph = reader.export();
        Set<String> documents = graph.nodes().stream().filter(n -> n.label().equals("Document"))
                .map(GraphExport.Node::name).collect(Collectors.toSet());
        assertThat(graph.nodes().stream().filter(n -> n.label().equals("Document"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(graph.nodes()).anySatisfy(n -> {
            assertThat(n.label()).isEqualTo("GovernmentAgency");
            assertThat(n.name()).isEqualTo("中山市工业和信息化局");
            assertThat(n.documents()).contains("000_8ba42ca9dc866ec8.txt");
        });
        assertThat(graph.edges()).isNotEmpty().allSatisfy(edge -> {
            assertThat(edge.evidence()).isNotEmpty();
            assertThat(edge.evidence().get(0).sentence()).isNotBlank();
        });
        assertThat(documents).isNotEmpty();
    }

    @Test
    void evidence_offsets_point_into_the_stored_document_text() {
        GraphExport graph = reader.export();
        Map<String, String> texts = reader.read(client -> client.query("MATCH (d:Document) RETURN d.fileName AS f, d.text AS t")
                .fetch().all())
                .stream().collect(Collectors.toMap(row -> (String) row.get("f"), row -> (String) row.get("t")));
        for (GraphExport.Edge edge : graph.edges()) {
            for (GraphExport.EvidenceItem ev : edge.evidence()) {
                if (ev.document().equals(IndustryTaxonomy.SOURCE)) {
                    assertThat(edge.type()).isEqualTo("PART_OF");
                    continue;
                }
                String text = texts.get(ev.document());
                assertThat(text).as("document %s of an edge's evidence", ev.document()).isNotNull();
                assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.sentence());
            }
        }
    }

    @Test
    void a_second_run_on_the_same_files_changes_nothing() throws IOException {
        GraphExport before = reader.export();
        JobReport again = job.run(SEEDS, quiet());
        assertThat(again.skipped()).isEqualTo(again.total());
        assertThat(again.loaded()).isZero();
        GraphExport after = reader.export();
        assertThat(after.nodes()).hasSameSizeAs(before.nodes());
        assertThat(after.edges()).hasSameSizeAs(before.edges());
        assertThat(keys(after)).isEqualTo(keys(before));
    }

    private static Set<String> keys(GraphExport graph) {
        Set<String> keys = graph.nodes().stream().map(GraphExport.Node::key).collect(Collectors.toSet());
        graph.edges().forEach(e -> keys.add(e.source() + "-" + e.type() + "->" + e.target() + " x" + e.evidence().size()));
        return keys;
    }

    @Test
    void a_bad_file_is_reported_and_the_others_still_load(@TempDir Path input) throws IOException {
        String letter = "长沙市工业和信息化局\n\n长沙市工业和信息化局与湖南大学签订合作协议，共建长沙智能制造研究院。\n";
        Files.writeString(input.resolve("bad-test-good.txt"), letter);
        Files.write(input.resolve("bad-test-gbk.txt"), letter.replace("长沙", "株洲").getBytes(Charset.forName("GB18030")));
        Files.write(input.resolve("bad-test-empty.txt"), new byte[0]);
        Files.write(input.resolve("bad-test-binary.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        JobReport report = job.run(input, quiet());
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.failures()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("bad-test-empty.txt:").contains("empty"))
                .anySatisfy(line -> assertThat(line).startsWith("bad-test-binary.bin:").contains("binary"));
        assertThat(report.failed()).isTrue();
        List<String> names = reader.export().nodes().stream().map(GraphExport.Node::name).toList();
        assertThat(names).contains("长沙市工业和信息化局", "株洲市工业和信息化局");
    }

    @Test
    void a_changed_document_replaces_its_own_facts_and_keeps_facts_of_others(@TempDir Path input) throws IOException {
        Files.writeString(input.resolve("change-a.txt"), "南宁市科学技术局\n\n南宁市科学技术局支持广西南宁智能装备研究院建设。\n");
        Files.writeString(input.resolve("change-b.txt"), "南宁市科学技术局\n\n南宁市科学技术局与广西南宁智能装备研究院签订合作协议。\n");
        job.run(input, quiet());
        assertThat(names()).contains("广西南宁智能装备研究院");
        Files.writeString(input.resolve("change-a.txt"), "南宁市科学技术局\n\n南宁市科学技术局支持南宁低空经济产业园建设。\n");
        JobReport second = job.run(input, quiet());
        assertThat(second.loaded()).isEqualTo(1);
        assertThat(second.skipped()).isEqualTo(1);
        GraphExport graph = reader.export();
        GraphExport.Node institute = graph.nodes().stream().filter(n -> n.name().equals("广西南宁智能装备研究院")).findFirst().orElseThrow();
        assertThat(institute.documents()).containsExactly("change-b.txt");
        assertThat(graph.edges()).noneMatch(e -> e.evidence().stream().anyMatch(ev -> ev.document().equals("change-a.txt")
                && ev.sentence().contains("研究院")));
        assertThat(names()).contains("南宁低空经济产业园");
    }

    private List<String> names() {
        return reader.export().nodes().stream().map(GraphExport.Node::name).toList();
    }

    @Test
    void api_export_has_the_required_fields_of_the_export_format() throws IOException {
        var response = http.getForEntity("/api/export", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(body.get("nodes").size()).isPositive();
        for (JsonNode node : body.get("nodes")) {
            for (String field : List.of("key", "label", "name", "aliases", "documents")) {
                assertThat(node.has(field)).as("node field %s of %s", field, node.get("key")).isTrue();
            }
            assertThat(node.get("key").asText()).startsWith(node.get("label").asText() + ":");
        }
        assertThat(body.get("edges").size()).isPositive();
        for (JsonNode edge : body.get("edges")) {
            for (String field : List.of("source", "target", "type", "evidence")) {
                assertThat(edge.has(field)).as("edge field %s", field).isTrue();
            }
            assertThat(edge.get("evidence").get(0).has("document")).isTrue();
        }
    }

    @Test
    void api_export_writes_graphml_and_a_zip_of_neo4j_admin_csv_files() throws IOException {
        var graphml = http.getForEntity("/api/export?format=graphml", String.class);
        assertThat(graphml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(graphml.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/graphml+xml"));
        assertThat(graphml.getBody()).startsWith("<?xml").contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
                .contains("edgedefault=\"directed\"").contains("中山市工业和信息化局");
        var csv = http.getForEntity("/api/export?format=csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
        List<String> files = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(csv.getBody()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.add(entry.getName());
            }
        }
        assertThat(files).contains("nodes-GovernmentAgency.csv", "nodes-Document.csv", "relationships-PART_OF.csv",
                "relationships-MENTIONED_IN.csv", "import-command.txt");
    }

    @Test
    void api_stats_counts_labels_relationships_and_documents() throws IOException {
        JsonNode stats = json.readTree(http.getForEntity("/api/stats", String.class).getBody());
        assertThat(stats.get("documents").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(stats.get("labels").get("GovernmentAgency").asLong()).isPositive();
        assertThat(stats.get("relationships").get("PART_OF").asLong()).isPositive();
        assertThat(stats.get("lastExtraction").asText()).isNotBlank();
    }

    @Test
    void api_documents_lists_letterhead_facts() throws IOException {
        JsonNode documents = json.readTree(http.getForEntity("/api/documents", String.class).getBody());
        assertThat(documents.findValuesAsText("docNumber")).contains("中工信函〔2025〕107号");
    }

    @Test
    void health_includes_neo4j_and_the_database_for_the_operator() throws IOException {
        JsonNode health = json.readTree(http.exchange(RequestEntity.get("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).build(), String.class).getBody());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("neo4j").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("database").get("details").get("schema").asText()).isEqualTo("applied");
    }

    protected KgProperties properties() {
        return properties;
    }

    /** The token that unlocks health details: kg.admin-token, or the one generated in the store. */
    protected String adminToken() {
        String configured = environment.getProperty("kg.admin-token", "");
        return configured.isBlank() ? StoreCredentials.of(properties.store()).adminToken() : configured;
    }

    @Test
    void unknown_paths_are_answered_with_problem_json() {
        var response = http.getForEntity("/api/no-such-thing", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
