package org.industrykg.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.industrykg.graph.GraphExport;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tests of whole extraction runs on a store of their own (one Spring context for all of them, apart
 * from the seeds' store), which each test may empty first. Compares graphs without what differs
 * between any two runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class OwnStoreTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("kg-own-store");
        registry.add("kg.store", store::toString);
        registry.add("kg.bolt-port", () -> 0);
    }

    @Autowired
    protected Driver driver;

    /** Each test starts from an empty graph. */
    @BeforeEach
    void emptyTheStore() {
        try (var session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /**
     * The graph as a sorted text without what differs between any two runs: when a document was
     * extracted. The order of nodes, edges, aliases and evidence carries no meaning (docs/design.md).
     */
    static List<String> comparable(GraphExport graph) {
        List<String> lines = new ArrayList<>();
        for (GraphExport.Node node : graph.nodes()) {
            Map<String, Object> properties = new TreeMap<>(node.properties());
            properties.remove("extractedAt");
            lines.add("node " + node.key() + " " + node.label() + " " + node.name() + " " + sorted(node.aliases()) + " "
                    + properties + " " + sorted(node.documents()));
        }
        for (GraphExport.Edge edge : graph.edges()) {
            lines.add("edge " + edge.source() + " " + edge.type() + " " + edge.target() + " " + new TreeMap<>(edge.properties())
                    + " " + sorted(edge.evidence().stream().map(Object::toString).toList()));
        }
        return lines.stream().sorted().toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }
}
