package org.industrykg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.industrykg.EmbeddedApiTest;
import org.industrykg.system.KgProperties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read path: Spring Data Neo4j's {@link Neo4jClient} inside read-only transactions of the
 * Neo4jTransactionManager, with the configured timeout, on the embedded database over Bolt.
 */
class GraphReaderTest extends EmbeddedApiTest {

    @Autowired
    private Neo4jClient client;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Driver driver;

    private long probes() {
        try (var session = driver.session()) {
            return session.run("MATCH (n:ReadPathProbe) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    @Test
    void a_write_through_the_read_path_is_refused_by_the_server() {
        assertThatThrownBy(() -> reader.read(client -> client.query("CREATE (:ReadPathProbe {at: $at})")
                .bindAll(GraphReader.params("at", "read path")).run()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(ClientException.class)
                .hasMessageContaining("read");
        assertThat(probes()).isZero();
    }

    @Test
    void statements_of_one_read_join_one_spring_managed_read_only_transaction() {
        boolean[] seen = new boolean[2];
        long nodes = reader.read(client -> {
            seen[0] = TransactionSynchronizationManager.isActualTransactionActive();
            seen[1] = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
            return client.query("MATCH (n:Entity) RETURN count(n) AS n").fetchAs(Long.class).one().orElseThrow();
        });
        assertThat(seen).containsExactly(true, true);
        assertThat(nodes).isPositive();
    }

    @Test
    void a_read_longer_than_the_query_timeout_is_stopped_by_the_server() {
        var impatient = new GraphReader(client, transactions, new KgProperties(null, null, null, 1, null, null, null));
        String endless = "UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(i) AS n";
        assertThatThrownBy(() -> impatient.read(client -> client.query(endless).fetch().one()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).contains("TransactionTimedOut"));
    }
}
