package org.industrykg.graph;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (idempotent: every statement is IF NOT EXISTS, or a MERGE of
 * the graph version), once the database answers ({@link DatabaseAvailability} calls it).
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Driver driver;
    private volatile boolean applied;

    public SchemaInitializer(Driver driver) {
        this.driver = driver;
    }

    /** Applies the schema once per process; safe to call again. */
    public synchronized void ensureSchema() {
        if (applied) {
            return;
        }
        var statements = CypherFile.load("schema.cypher").statements();
        try (var session = driver.session()) {
            statements.forEach(statement -> session.run(statement).consume());
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        applied = true;
        log.info("Schema applied: {} statements", statements.size());
    }
}
