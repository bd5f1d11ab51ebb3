package org.industrykg.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.industrykg.EmbeddedApiTest;
import org.industrykg.extract.DocumentExtractor;
import org.industrykg.graph.GraphExport;
import org.industrykg.system.KgProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Curation through the API on the embedded Neo4j, with real extraction: a merge, a rename, a
 * rejected edge and an added edge survive re-extraction of changed documents, and an operation
 * written into the file by hand is applied at the next run.
 */
class CurationApiTest extends EmbeddedApiTest {

    static final String BUREAU = "GovernmentAgency:梧州市科学技术局";
    static final String ROBOTICS = "ResearchInstitute:广西梧州机器人研究院";
    static final String ROBOTICS_TWIN = "ResearchInstitute:广西梧州机器人技术研究院";
    static final String NAVIGATION = "ResearchInstitute:梧州北斗导航研究院";
    static final String NAVIGATION_RENAMED = "ResearchInstitute:梧州市北斗卫星导航研究院";

    @Autowired
    KgProperties properties;
    @Autowired
    Driver driver;
    @Autowired
    CurationService curation;
    @Autowired
    ObjectProvider<DocumentExtractor> extractors;

    @AfterEach
    void removeWhatTheTestAdded() throws IOException {
        Files.deleteIfExists(properties.curationFile());
        try (var session = driver.session()) {
            session.run("MATCH (e:Entity) WHERE e.key CONTAINS '梧州' DETACH DELETE e").consume();
            session.run("MATCH (d:Document) WHERE d.fileName STARTS WITH 'curation-' DETACH DELETE d").consume();
        }
    }

    static void writeDocuments(Path input, String extra) throws IOException {
        Files.writeString(input.resolve("curation-a.txt"), "梧州市科学技术局\n\n梧州市科学技术局与广西梧州机器人研究院签订合作协议。"
                + "梧州市科学技术局支持梧州北斗导航研究院建设。" + extra + "\n");
        Files.writeString(input.resolve("curation-b.txt"), "梧州市科学技术局\n\n梧州市科学技术局支持广西梧州机器人技术研究院建设。" + extra + "\n");
    }

    ResponseEntity<String> post(String token, Map<String, Object> operation) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/api/curation", HttpMethod.POST, new HttpEntity<>(operation, headers), String.class);
    }

    JsonNode curate(Map<String, Object> operation) throws IOException {
        var response = post(ADMIN_TOKEN, operation);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    JsonNode problem(HttpStatus status, String token, Map<String, Object> operation) throws IOException {
        var response = post(token, operation);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody());
    }

    GraphExport.Node node(GraphExport graph, String key) {
        return graph.nodes().stream().filter(n -> n.key().equals(key)).findFirst().orElse(null);
    }

    static List<GraphExport.Edge> edges(GraphExport graph, String source, String type, String target) {
        return graph.edges().stream().filter(e -> e.type().equals(type)
                && (e.source().equals(source) && e.target().equals(target)
                || type.equals("PARTNERS_WITH") && e.source().equals(target) && e.target().equals(source))).toList();
    }

    /** What the curations below must have made of the two documents, in any store. */
    @SuppressWarnings("unchecked")
    void assertCurated(GraphExport graph) {
        assertThat(node(graph, ROBOTICS_TWIN)).as("merged away").isNull();
        GraphExport.Node robotics = node(graph, ROBOTICS);
        assertThat(robotics.aliases()).contains("广西梧州机器人技术研究院");
        assertThat(robotics.documents()).contains("curation-a.txt", "curation-b.txt");
        assertThat((List<Object>) robotics.properties().get("curation")).contains("merged " + ROBOTICS_TWIN);
        assertThat(edges(graph, BUREAU, "SUPPORTS", ROBOTICS)).as("the twin's edge, moved").hasSize(1);
        assertThat(edges(graph, BUREAU, "PARTNERS_WITH", ROBOTICS)).as("rejected").isEmpty();
        assertThat(node(graph, NAVIGATION)).as("renamed").isNull();
        assertThat(node(graph, NAVIGATION_RENAMED).aliases()).contains("梧州北斗导航研究院");
        assertThat(edges(graph, BUREAU, "SUPPORTS", NAVIGATION_RENAMED)).hasSize(1);
        assertThat(edges(graph, ROBOTICS, "PARTNERS_WITH", NAVIGATION_RENAMED)).singleElement().satisfies(edge -> {
            assertThat(edge.properties()).containsEntry("method", "curation").containsEntry("note", "两院共建联合实验室");
            assertThat(edge.evidence()).singleElement().satisfies(ev -> {
                assertThat(ev.document()).isEqualTo(Curator.SOURCE);
                assertThat(ev.sentence()).isEqualTo("两院共建联合实验室");
            });
        });
    }

    @Test
    void merge_rename_and_rejected_edge_survive_re_extraction_of_changed_documents(@TempDir Path input) throws IOException {
        writeDocuments(input, "");
        job.run(input, quiet());
        GraphExport extracted = reader.export();
        assertThat(node(extracted, ROBOTICS_TWIN)).as("the extraction's duplicate").isNotNull();
        assertThat(edges(extracted, BUREAU, "PARTNERS_WITH", ROBOTICS)).as("the edge to reject").hasSize(1);
        assertThat(node(extracted, NAVIGATION)).isNotNull();

        assertThat(curate(Map.of("op", "merge", "from", ROBOTICS_TWIN, "into", ROBOTICS)).path("outcome").asText())
                .startsWith("merged into " + ROBOTICS);
        curate(Map.of("op", "rename", "key", NAVIGATION, "name", "梧州市北斗卫星导航研究院"));
        curate(Map.of("op", "reject-edge", "source", ROBOTICS, "type", "PARTNERS_WITH", "target", BUREAU));
        curate(Map.of("op", "add-edge", "source", ROBOTICS, "type", "PARTNERS_WITH", "target", NAVIGATION_RENAMED,
                "note", "两院共建联合实验室", "reference", "https://example.org/news/1"));
        assertCurated(reader.export());

        writeDocuments(input, "梧州市科学技术局支持梧州市新材料产业园建设。");
        assertThat(job.run(input, quiet()).loaded()).isEqualTo(2);
        GraphExport reExtracted = reader.export();
        assertCurated(reExtracted);
        assertThat(node(reExtracted, "Park:梧州市新材料产业园")).as("the documents did change").isNotNull();

        var listed = http.exchange("/api/curation", HttpMethod.GET, new HttpEntity<>(bearer()), String.class);
        JsonNode operations = json.readTree(listed.getBody()).path("operations");
        assertThat(operations).hasSize(4);
        assertThat(operations.get(0).path("op").asText()).isEqualTo("merge");
        assertThat(operations.get(3).path("at").asText()).isNotBlank();
        assertThat(Files.readString(properties.curationFile())).startsWith("# Curation of the knowledge graph")
                .contains("  - op: rename\n    key: \"" + NAVIGATION + "\"\n    name: \"梧州市北斗卫星导航研究院\"\n");

        assertCurated(extractIntoAFreshStore(input));

        Files.writeString(properties.curationFile(), """
                  # Added by hand: the navigation institute is a service platform.
                  - op: relabel
                    key: ResearchInstitute:梧州市北斗卫星导航研究院
                    label: Platform
                """, java.nio.file.StandardOpenOption.APPEND);
        listed = http.exchange("/api/curation", HttpMethod.GET, new HttpEntity<>(bearer()), String.class);
        assertThat(json.readTree(listed.getBody()).path("operations")).hasSize(5);
        assertThat(job.run(input, quiet()).skipped()).as("no document changed").isEqualTo(2);
        GraphExport relabelled = reader.export();
        assertThat(node(relabelled, NAVIGATION_RENAMED)).isNull();
        assertThat(node(relabelled, "Platform:梧州市北斗卫星导航研究院")).isNotNull()
                .satisfies(platform -> assertThat(platform.label()).isEqualTo("Platform"));
        assertThat(edges(relabelled, BUREAU, "SUPPORTS", "Platform:梧州市北斗卫星导航研究院")).hasSize(1);
    }

    /**
     * Extracts the documents into a new, empty embedded Neo4j with the same curation file, through
     * the application's own job, writer and curator, and exports it.
     */
    private GraphExport extractIntoAFreshStore(Path input) throws IOException {
        Path store = Files.createTempDirectory("kg-fresh-store");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var service = new org.neo4j.dbms.api.DatabaseManagementServiceBuilder(store)
                .setConfig(org.neo4j.configuration.connectors.BoltConnector.enabled, true)
                .setConfig(org.neo4j.configuration.connectors.BoltConnector.listen_address,
                        new org.neo4j.configuration.helpers.SocketAddress("localhost", port))
                .setConfig(org.neo4j.configuration.connectors.BoltConnector.encryption_level,
                        org.neo4j.configuration.connectors.BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(org.neo4j.configuration.connectors.HttpConnector.enabled, false)
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.auth_enabled, false)
                .build();
        try (Driver fresh = org.neo4j.driver.GraphDatabase.driver("bolt://localhost:" + port, org.neo4j.driver.AuthTokens.none())) {
            new org.industrykg.graph.SchemaInitializer(fresh).ensureSchema();
            KgProperties freshProperties = new KgProperties(store, 0, null, null, null, properties.curationFile(), null);
            var freshJob = new org.industrykg.job.ExtractionJob(new org.industrykg.graph.GraphWriter(fresh),
                    extractors, freshProperties, new org.industrykg.job.DocumentTimeLimit(java.time.Duration.ZERO),
                    new CurationService(freshProperties, new Curator(fresh), availability(fresh, port)));
            assertThat(freshJob.run(input, quiet()).loaded()).isEqualTo(2);
            var freshReader = new org.industrykg.graph.GraphReader(org.springframework.data.neo4j.core.Neo4jClient.create(fresh),
                    new org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager(fresh), freshProperties);
            return freshReader.export();
        } finally {
            service.shutdown();
        }
    }

    @Test
    void the_file_was_applied_at_start_up() {
        CurationService.Report startUp = curation.startUpReport();
        assertThat(startUp).as("applied when the application was ready").isNotNull();
        assertThat(startUp.file()).isEqualTo(properties.curationFile().toString());
        assertThat(startUp.error()).isNull();
    }

    @Test
    void bad_operations_and_missing_tokens_are_refused_and_the_file_is_left_alone(@TempDir Path input) throws IOException {
        writeDocuments(input, "");
        job.run(input, quiet());
        assertThat(curation.suggestions()).as("./kg curate --suggest").anySatisfy(suggestion -> {
            assertThat(suggestion.from().key()).isEqualTo(ROBOTICS);
            assertThat(suggestion.into().key()).isEqualTo(ROBOTICS_TWIN);
            assertThat(suggestion.reasons()).containsExactly("abbreviation");
        });
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "split", "key", ROBOTICS))
                .path("detail").asText()).isEqualTo("Field 'op' must be one of merge, rename, relabel, reject-entity, "
                + "reject-edge, add-edge (got 'split')");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "merge", "from", "ResearchInstitute:梧州无此研究院",
                "into", ROBOTICS)).path("detail").asText())
                .isEqualTo("Field 'from': no entity with key 'ResearchInstitute:梧州无此研究院'");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "relabel", "key", ROBOTICS, "label", "University"))
                .path("detail").asText()).startsWith("Field 'label' must be one of [Enterprise, ResearchInstitute");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "add-edge", "source", ROBOTICS, "type", "LIKES",
                "target", BUREAU, "note", "x")).path("detail").asText()).startsWith("Field 'type' must be one of [FUNDS,");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "add-edge", "source", ROBOTICS, "type", "FUNDS",
                "target", BUREAU)).path("detail").asText()).isEqualTo("Field 'note' is required for add-edge");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "reject-edge", "source", BUREAU, "type", "FUNDS",
                "target", ROBOTICS)).path("detail").asText()).contains("no FUNDS edge from '" + BUREAU + "'");
        assertThat(problem(HttpStatus.BAD_REQUEST, ADMIN_TOKEN, Map.of("op", "rename", "key", "梧州", "name", "x"))
                .path("detail").asText()).startsWith("Field 'key' must be an entity key Label:name");
        assertThat(problem(HttpStatus.UNAUTHORIZED, null, Map.of("op", "reject-entity", "key", ROBOTICS))
                .path("detail").asText()).contains("Authorization: Bearer");
        var wrong = post("not-the-token", Map.of("op", "reject-entity", "key", ROBOTICS));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(http.getForEntity("/api/curation", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(properties.curationFile()).doesNotExist();
        assertThat(node(reader.export(), ROBOTICS)).isNotNull();
    }

    @Test
    void a_broken_file_is_reported_and_changes_nothing(@TempDir Path input) throws IOException {
        writeDocuments(input, "");
        job.run(input, quiet());
        Files.writeString(properties.curationFile(), "operations:\n  - op: reject-entity\n    key: " + ROBOTICS
                + "\n  - op: merge\n    from: " + ROBOTICS_TWIN + "\n");
        assertThat(job.run(input, quiet()).failures()).isEmpty();
        assertThat(node(reader.export(), ROBOTICS)).as("nothing of a broken file is applied").isNotNull();
        assertThat(problem(HttpStatus.CONFLICT, ADMIN_TOKEN, Map.of("op", "reject-entity", "key", ROBOTICS))
                .path("detail").asText()).contains("operation 2: field 'into' is required for merge");
        var listed = http.exchange("/api/curation", HttpMethod.GET, new HttpEntity<>(bearer()), String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private static HttpHeaders bearer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(ADMIN_TOKEN);
        return headers;
    }

    /** The availability check of the fresh store's driver (it answers: the store was started above). */
    private static org.industrykg.graph.DatabaseAvailability availability(Driver driver, int port) {
        return new org.industrykg.graph.DatabaseAvailability(driver, new org.industrykg.graph.SchemaInitializer(driver),
                new org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails() {
                    @Override
                    public java.net.URI getUri() {
                        return java.net.URI.create("bolt://localhost:" + port);
                    }
                }, 1, 0);
    }
}
