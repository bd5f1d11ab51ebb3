package org.industrykg.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.locker.FileLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this JVM, with its Bolt connector on localhost, whenever
 * {@code spring.neo4j.uri} is not set (and {@code kg.embedded} is not false, which tests that bring
 * their own server use). The application then talks to it through the
 * Neo4j Java Driver exactly as it would to an external server. Bolt requires a login: user
 * {@code neo4j} with the password of the store's {@link StoreCredentials}, generated on first start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty() && '${kg.embedded:true}' == 'true'")
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /**
     * The running embedded server and the Bolt port it listens on. Spring closes it after the
     * driver, which depends on it through {@link Neo4jConnectionDetails}.
     */
    public record EmbeddedNeo4j(DatabaseManagementService service, int boltPort, StoreCredentials credentials)
            implements AutoCloseable {
        public URI boltUri() {
            return URI.create("bolt://localhost:" + boltPort);
        }

        public AuthToken authToken() {
            return AuthTokens.basic(credentials.user(), credentials.password());
        }

        @Override
        public void close() {
            service.shutdown();
        }
    }

    /** The store's folder, without starting Neo4j; closed (its after-shutdown work run) after Neo4j stopped. */
    @Bean
    EmbeddedStore embeddedStore(KgProperties properties) {
        return new EmbeddedStore(properties.store());
    }

    @Bean
    EmbeddedNeo4j embeddedNeo4j(EmbeddedStore store, KgProperties properties) throws IOException {
        var home = store.home();
        Files.createDirectories(home);
        int port = properties.boltPort() == 0 ? freePort() : properties.boltPort();
        long started = System.nanoTime();
        if (properties.boltPort() != 0 && !portFree(port)) {
            throw new StoreUnavailableException(home, "the Bolt port " + port + " on localhost is in use (another ./kg serve?)",
                    "Stop the other process, or set kg.bolt-port (KG_BOLTPORT) to a free port or 0.");
        }
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                // A routing driver (neo4j://) connects to the address the routing table advertises.
                .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnector.thread_pool_keep_alive, Duration.ofSeconds(1))
                // Netty's graceful stop waits for 5 s without tasks on each of Bolt's two event loop groups,
                // 10 s at the end of every command; the driver has closed its connections by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
        } catch (RuntimeException e) {
            if (causedBy(e, FileLockException.class)) {
                throw new StoreUnavailableException(home, "the store is in use by another process (a running ./kg serve?)",
                        "Stop that process, or give this command another store with --store DIR.");
            }
            throw e;
        }
        var neo4j = new EmbeddedNeo4j(service, port, StoreCredentials.of(home));
        requirePassword(neo4j);
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt on localhost:{} (user {}, password in {})",
                (System.nanoTime() - started) / 1_000_000, home, port, StoreCredentials.USER, neo4j.credentials().file());
        return neo4j;
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthTokenManager getAuthTokenManager() {
                return AuthTokenManagers.basic(() -> neo4j.authToken());
            }
        };
    }

    /**
     * Makes the password of the credentials file the {@code neo4j} user's: on first start (Neo4j's
     * initial password) and after the file was deleted to rotate it. A login over Bolt tells whether
     * it already is; the change goes through the embedded API, which needs no login.
     */
    private static void requirePassword(EmbeddedNeo4j neo4j) {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            driver.verifyConnectivity();
            return;
        } catch (AuthenticationException e) {
            log.info("Setting the password of the embedded Neo4j's user {} from {}", StoreCredentials.USER,
                    neo4j.credentials().file());
        }
        neo4j.service().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", neo4j.credentials().password()));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean portFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        }
    }
}
