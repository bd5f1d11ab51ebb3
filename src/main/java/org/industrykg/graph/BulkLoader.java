package org.industrykg.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Writes a graph computed beforehand into an empty store, in batches of {@value #BATCH} rows per
 * transaction ({@code cypher/bulk.cypher}): documents, entities, MENTIONED_IN edges, then the other
 * relationships, each row carrying its final properties as docs/design.md defines them. For
 * benchmark graphs ({@code ./kg synth --graph}); extraction goes through {@link GraphWriter}.
 */
@Component
public class BulkLoader {

    static final int BATCH = 5_000;
    private static final CypherFile CYPHER = CypherFile.load("bulk.cypher");

    private final Driver driver;

    public BulkLoader(Driver driver) {
        this.driver = driver;
    }

    /** The rows of one kind of element, in the shape its statement in bulk.cypher reads. */
    public enum Kind {
        DOCUMENTS("documents"), ENTITIES("entities"), MENTIONS("mentions"), RELATIONSHIPS("relationships");

        private final String statement;

        Kind(String statement) {
            this.statement = statement;
        }
    }

    /** Whether the store holds no entity yet (bulk loading refuses a store that does). */
    public boolean empty() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CYPHER.query("entity-count")).single().get("entities").asLong()) == 0;
        }
    }

    /** Writes the rows, {@value #BATCH} to a transaction. */
    public void write(Kind kind, List<Map<String, Object>> rows) {
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                session.executeWriteWithoutResult(tx -> {
                    tx.run(CYPHER.query(kind.statement), Map.of("rows", batch)).consume();
                    GraphVersion.bump(tx);
                });
            }
        }
    }

    /** Nodes and relationships in the store. */
    public record Counts(long nodes, long relationships) {
    }

    public Counts counts() {
        try (var session = driver.session()) {
            Record record = session.executeRead(tx -> tx.run(CYPHER.query("counts")).single());
            return new Counts(record.get("nodes").asLong(), record.get("relationships").asLong());
        }
    }
}
