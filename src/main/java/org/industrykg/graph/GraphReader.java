package org.industrykg.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.industrykg.system.KgProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/** Read-only queries: export, statistics and the document list. Every one runs in a read transaction with a timeout. */
@Component
public class GraphReader {

    private static final CypherFile EXPORT = CypherFile.load("export.cypher");
    private static final CypherFile STATS = CypherFile.load("stats.cypher");

    private final Driver driver;
    private final TransactionConfig readConfig;

    public GraphReader(Driver driver, KgProperties properties) {
        this.driver = driver;
        this.readConfig = TransactionConfig.builder()
                .withTimeout(Duration.ofSeconds(properties.queryTimeoutSeconds()))
                .build();
    }

    /** Runs a read in a transaction with the configured timeout. */
    public <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session()) {
            return session.executeRead(work::apply, readConfig);
        }
    }

    /** The whole graph in the §6 format. Export has no timeout: it may be large. */
    public GraphExport export() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> new GraphExport(
                    tx.run(EXPORT.query("export-nodes")).list(GraphRows::node),
                    tx.run(EXPORT.query("export-edges")).list(GraphRows::edge)));
        }
    }

    public record Stats(Map<String, Long> labels, Map<String, Long> relationships, long documents,
                        String lastExtraction) {
    }

    public Stats stats() {
        return read(tx -> {
            Map<String, Long> labels = new LinkedHashMap<>();
            tx.run(STATS.query("label-counts")).forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
            Map<String, Long> relationships = new LinkedHashMap<>();
            tx.run(STATS.query("relationship-counts")).forEachRemaining(r -> relationships.put(r.get("type").asString(), r.get("count").asLong()));
            var last = tx.run(STATS.query("last-extraction")).single();
            return new Stats(labels, relationships, last.get("documents").asLong(), last.get("lastExtraction").asString(null));
        });
    }

    public record DocumentSummary(String fileName, String title, String docNumber, String issuer, String date,
                                  String sha256, long characters, String extractedAt, long entities) {
    }

    public List<DocumentSummary> documents() {
        return read(tx -> tx.run(STATS.query("documents")).list(r -> new DocumentSummary(
                r.get("fileName").asString(), r.get("title").asString(null), r.get("docNumber").asString(null),
                r.get("issuer").asString(null), r.get("date").asString(null), r.get("sha256").asString(),
                r.get("characters").asLong(0), r.get("extractedAt").asString(null), r.get("entities").asLong())));
    }
}
