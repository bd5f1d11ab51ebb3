package org.industrykg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The integration suite against the embedded Neo4j, reached over Bolt like any server. */
class EmbeddedGraphTest extends GraphSuite {

    /** The admin token of the tests' application, which curation over HTTP requires. */
    protected static final String ADMIN_TOKEN = "test-admin-token";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("kg-test-store");
        registry.add("kg.store", store::toString);
        registry.add("kg.bolt-port", () -> 0);
        registry.add("kg.curation-file", () -> store.resolveSibling(store.getFileName() + "-curation.yml").toString());
        registry.add("kg.admin-token", () -> ADMIN_TOKEN);
    }
}
