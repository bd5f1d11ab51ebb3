package org.industrykg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrykg.graph.DatabaseAvailability;
import org.industrykg.graph.SchemaInitializer;
import org.industrykg.system.StoreCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service pointed at an external Neo4j that is not up yet (as in docker compose): it starts,
 * health says DOWN with the reason (to the operator), the API answers 503 problem+json, extract
 * gives up after a bounded wait with one clear line; once the database comes up (a second embedded
 * Neo4j with Bolt on the configured port, started by this test after the service) the schema is
 * applied, the work waiting for it runs and the API answers; losing it again gives 503 until it is
 * back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseStartsLaterTest {

    private static final String PASSWORD = "later-secret-1";
    private static final String TOKEN = "operator-token-for-this-test";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int PORT = freePort();
    private static final Path HOME = temporary("kg-later-db");
    private static DatabaseManagementService database;
    private static boolean passwordSet;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private CommandRunner runner;
    @Autowired
    private Driver driver;
    @Autowired
    private SchemaInitializer schema;
    @Autowired
    private Neo4jConnectionDetails connection;
    @Autowired
    private DatabaseAvailability availability;
    /** Set by work that serve would have run once the database answers (the extraction of its input). */
    private static final AtomicBoolean waitedForTheDatabase = new AtomicBoolean();

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> "bolt://localhost:" + PORT);
        registry.add("spring.neo4j.authentication.username", () -> StoreCredentials.USER);
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
        registry.add("kg.store", () -> temporary("kg-later-store").toString());
        registry.add("kg.admin-token", () -> TOKEN);
        registry.add("kg.database-retry-seconds", () -> 1);
        registry.add("kg.database-wait-seconds", () -> 2);
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.shutdown();
        }
    }

    @Test
    @Order(1)
    void starts_without_the_database_and_health_says_down_with_the_reason_to_the_operator() throws IOException {
        ResponseEntity<String> anonymous = http.getForEntity("/actuator/health", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode status = json.readTree(anonymous.getBody());
        assertThat(status.get("status").asText()).isEqualTo("DOWN");
        assertThat(status.has("components")).as("details only for the operator").isFalse();

        JsonNode details = json.readTree(operatorHealth().getBody());
        JsonNode database = details.get("components").get("database");
        assertThat(database.get("status").asText()).isEqualTo("DOWN");
        assertThat(database.get("details").get("reason").asText())
                .contains("Neo4j at bolt://localhost:" + PORT, "does not answer");
    }

    @Test
    @Order(2)
    void the_api_answers_503_problem_json_without_internals() throws IOException {
        availability.whenAvailable(() -> waitedForTheDatabase.set(true));
        assertThat(waitedForTheDatabase).isFalse();
        assertUnavailable(http.getForEntity("/api/stats", String.class));
        assertUnavailable(http.getForEntity("/api/search?q=中山", String.class));
    }

    @Test
    @Order(3)
    void extract_waits_a_bounded_time_then_says_which_database_did_not_answer() throws IOException {
        Path input = Files.createTempDirectory("kg-later-input");
        Files.writeString(input.resolve("a.txt"), "中山市工业和信息化局\n\n中山市工业和信息化局支持中山大学建设。\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = runner.extract(input, null, ExtractionJob.Options.DEFAULT);
        } finally {
            System.setErr(original);
        }
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("kg: Neo4j at bolt://localhost:" + PORT)
                .contains("does not answer", "after waiting 2 s", "spring.neo4j.uri")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    @Order(4)
    void a_database_that_comes_up_while_waiting_is_used_and_gets_the_schema() throws Exception {
        CompletableFuture<Void> starting = CompletableFuture.runAsync(DatabaseStartsLaterTest::startDatabase);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatabaseAvailability(driver, schema, connection, 1, (int) PATIENCE.toSeconds())
                .await(new PrintStream(out, true, StandardCharsets.UTF_8));
        starting.get();
        try (var session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            assertThat(constraints).isNotEmpty();
        }
        eventually(() -> operatorHealth().getStatusCode() == HttpStatus.OK);
        eventually(waitedForTheDatabase::get);
        assertThat(http.getForEntity("/api/stats", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @Order(5)
    void losing_the_database_while_serving_gives_503_and_recovers_when_it_returns() throws IOException {
        database.shutdown();
        database = null;
        assertUnavailable(http.getForEntity("/api/stats", String.class));
        startDatabase();
        eventually(() -> http.getForEntity("/api/stats", String.class).getStatusCode() == HttpStatus.OK);
    }

    private ResponseEntity<String> operatorHealth() {
        return http.exchange(RequestEntity.get("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .build(), String.class);
    }

    private void assertUnavailable(ResponseEntity<String> response) throws IOException {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String detail = json.readTree(response.getBody()).get("detail").asText();
        assertThat(detail).contains("database does not answer").doesNotContainIgnoringCase("bolt")
                .doesNotContainIgnoringCase("refused").doesNotContain("Exception", String.valueOf(PORT));
    }

    /** Waits for a condition that a background check makes true, failing after a generous bound. */
    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A Neo4j with Bolt on the configured port and a login, as an external server would be. */
    private static void startDatabase() {
        var service = new DatabaseManagementServiceBuilder(HOME)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", PORT))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();
        if (!passwordSet) {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", PASSWORD));
            passwordSet = true;
        }
        database = service;
    }

    private static int freePort() {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
