package org.industrykg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.industrykg.graph.BulkLoader;
import org.industrykg.graph.GraphReader;
import org.industrykg.job.SyntheticGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against Neo4j through a routing URI ({@code neo4j://}), the way it talks to a
 * cluster: the driver asks the server for a routing table, sends writes to the writer and reads
 * (the REST queries, in read transactions) to the readers. The server is an embedded Neo4j with
 * Bolt on a free port, advertising that address as a cluster member does (and as the
 * application's own embedded Neo4j does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingUriTest {

    private static final int PORT = freePort();
    private static final DatabaseManagementService DATABASE = start();

    @DynamicPropertySource
    static void routingUri(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("kg-routing-store");
        registry.add("spring.neo4j.uri", () -> "neo4j://localhost:" + PORT);
        registry.add("kg.store", store::toString);
        registry.add("kg.curation-file", () -> store.resolve("curation.yml").toString());
    }

    @Autowired
    private Neo4jConnectionDetails connection;
    @Autowired
    private Driver driver;
    @Autowired
    private BulkLoader loader;
    @Autowired
    private GraphReader reader;
    @Autowired
    private TestRestTemplate http;

    @BeforeAll
    void load() {
        SyntheticGraph.build(800, 1, loader, new PrintStream(PrintStream.nullOutputStream()));
    }

    @AfterAll
    void stop() {
        DATABASE.shutdown();
    }

    @Test
    void the_driver_routes_and_the_server_advertises_the_address_it_listens_on() {
        assertThat(connection.getUri().getScheme()).isEqualTo("neo4j");
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            List<Object> servers = session.run("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers")
                    .single().get("servers").asList(value -> value.get("addresses").asList().get(0));
            assertThat(servers).containsOnly("localhost:" + PORT);
        }
    }

    @Test
    void the_questions_answer_through_the_routing_driver() {
        for (String url : List.of("/api/funds?industry=人形机器人", "/api/links?a=深圳市&b=广州市",
                "/api/relationships?from=Enterprise&to=ResearchInstitute", "/api/graph/neighbourhood?key=City:深圳市",
                "/api/stats", "/api/search?q=深圳", "/api/export")) {
            var response = http.getForEntity(url, String.class);
            assertThat(response.getStatusCode()).as(url + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void reads_run_in_read_transactions_that_refuse_a_write() {
        assertThatThrownBy(() -> reader.read(client -> client.query("CREATE (:RoutingProbe) RETURN 1").run()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(ClientException.class)
                .hasMessageContaining("read");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n:RoutingProbe) RETURN count(n) AS n").single().get("n").asLong()).isZero();
        }
    }

    private static DatabaseManagementService start() {
        try {
            return new DatabaseManagementServiceBuilder(Files.createTempDirectory("kg-routing-db"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", PORT))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", PORT))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
