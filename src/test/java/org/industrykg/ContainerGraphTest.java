package org.industrykg;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same integration suite against a Neo4j 5.26 container; skipped when no Docker engine is
 * available (as on the project's build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = {"kg.embedded=false", "kg.admin-token=container-test-admin-token"})
class ContainerGraphTest extends GraphSuite {

    @Container
    @ServiceConnection
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26").withoutAuthentication();
}
