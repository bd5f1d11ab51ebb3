package org.industrykg.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.industrykg.system.KgProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side of the graph: every query served over REST runs here, through Spring Data Neo4j's
 * {@link Neo4jClient} inside a read-only transaction of the {@code Neo4jTransactionManager} (the
 * session is opened in read access mode, so the server refuses a write), with the configured
 * timeout. Also the export, statistics and the document list.
 */
@Component
public class GraphReader {

    private static final CypherFile EXPORT = CypherFile.load("export.cypher");
    private static final CypherFile STATS = CypherFile.load("stats.cypher");

    /** How long a read waits for one of the {@code kg.max-concurrent-reads} permits before it is refused as busy. */
    static final long PERMIT_WAIT_SECONDS = 60;

    private final Neo4jClient client;
    private final TransactionTemplate timed;
    private final TransactionTemplate untimed;
    private final Semaphore permits;

    public GraphReader(Neo4jClient client, PlatformTransactionManager transactions, KgProperties properties) {
        this(client, transactions, properties, 0);
    }

    /**
     * @param maxConcurrentReads reads that run at once (0: twice the processors); the others queue, in
     *                           order, so that under load each query runs with the CPU it needs
     *                           instead of hundreds sharing two cores until they all time out
     */
    @Autowired
    public GraphReader(Neo4jClient client, PlatformTransactionManager transactions, KgProperties properties,
                       @Value("${kg.max-concurrent-reads:0}") int maxConcurrentReads) {
        this.client = client;
        this.timed = readOnly(transactions, properties.queryTimeoutSeconds());
        this.untimed = readOnly(transactions, TransactionDefinition.TIMEOUT_DEFAULT);
        this.permits = new Semaphore(maxConcurrentReads > 0 ? maxConcurrentReads
                : 2 * Runtime.getRuntime().availableProcessors(), true);
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions, int timeoutSeconds) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setTimeout(timeoutSeconds);
        return template;
    }

    /**
     * Runs the work in one read-only transaction with the query timeout; every statement the work
     * runs through the client it is given joins that transaction.
     */
    public <T> T read(Function<Neo4jClient, T> work) {
        try {
            if (!permits.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new GraphBusyException("All " + permitCount() + " read slots stayed busy for "
                        + PERMIT_WAIT_SECONDS + " s; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphBusyException("Interrupted while waiting for a read slot.");
        }
        try {
            return timed.execute(status -> work.apply(client));
        } finally {
            permits.release();
        }
    }

    private int permitCount() {
        return permits.availablePermits() + permits.getQueueLength();
    }

    /** Query parameters by name and value, in pairs; unlike {@link Map#of} a value may be null. */
    static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** The whole graph in the §6 format. Export has no timeout: it may be large. */
    public GraphExport export() {
        return untimed.execute(status -> exportIn(client));
    }

    /**
     * The whole graph as the file exports write it: the §6 export and the MENTIONED_IN edges with
     * their counts, read in one transaction (without a timeout, like {@link #export()}).
     */
    public GraphDump dump() {
        return untimed.execute(status -> new GraphDump(exportIn(client), List.copyOf(client
                .query(EXPORT.query("export-mentions"))
                .fetchAs(GraphDump.MentionedIn.class)
                .mappedBy((types, row) -> new GraphDump.MentionedIn(row.get("source").asString(),
                        row.get("target").asString(), row.get("count").asLong(0)))
                .all())));
    }

    private static GraphExport exportIn(Neo4jClient client) {
        return new GraphExport(
                List.copyOf(client.query(EXPORT.query("export-nodes"))
                        .fetchAs(GraphExport.Node.class).mappedBy((types, row) -> GraphRows.node(row)).all()),
                List.copyOf(client.query(EXPORT.query("export-edges"))
                        .fetchAs(GraphExport.Edge.class).mappedBy((types, row) -> GraphRows.edge(row)).all()));
    }

    public record Stats(Map<String, Long> labels, Map<String, Long> relationships, long documents,
                        String lastExtraction) {
    }

    public Stats stats() {
        return read(client -> {
            Map<String, Long> labels = counts(client, "label-counts", "label");
            Map<String, Long> relationships = counts(client, "relationship-counts", "type");
            var last = client.query(STATS.query("last-extraction")).fetch().one().orElseThrow();
            return new Stats(labels, relationships, ((Number) last.get("documents")).longValue(),
                    (String) last.get("lastExtraction"));
        });
    }

    private static Map<String, Long> counts(Neo4jClient client, String section, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        client.query(STATS.query(section)).fetch().all()
                .forEach(row -> counts.put((String) row.get(name), ((Number) row.get("count")).longValue()));
        return counts;
    }

    public record DocumentSummary(String fileName, String title, String docNumber, String issuer, String date,
                                  String sha256, long characters, String extractedAt, long entities) {
    }

    public List<DocumentSummary> documents() {
        return read(client -> List.copyOf(client.query(STATS.query("documents"))
                .fetchAs(DocumentSummary.class)
                .mappedBy((types, r) -> new DocumentSummary(
                        r.get("fileName").asString(), r.get("title").asString(null), r.get("docNumber").asString(null),
                        r.get("issuer").asString(null), r.get("date").asString(null), r.get("sha256").asString(),
                        r.get("characters").asLong(0), r.get("extractedAt").asString(null), r.get("entities").asLong()))
                .all()));
    }
}
