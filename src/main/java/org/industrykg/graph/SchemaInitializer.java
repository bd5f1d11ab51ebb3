package org.industrykg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (idempotent: every statement is IF NOT EXISTS, or a MERGE of
 * the graph version), once the database answers ({@link DatabaseAvailability} calls it). When every
 * constraint and index the file names is already there and online ({@code cypher/schema-state.cypher}),
 * only the statements that create no constraint or index (the MERGE) run: the others would change
 * nothing, and planning and committing each of them is most of what a start of a command on an
 * existing store would otherwise spend on the schema.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private static final CypherFile STATE = CypherFile.load("schema-state.cypher");

    /** The kind and name of what a schema statement creates. */
    private static final Pattern CREATES = Pattern.compile(
            "^CREATE\\s+(CONSTRAINT|(?:\\w+\\s+)?INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b", Pattern.CASE_INSENSITIVE);

    private final Driver driver;
    private volatile boolean applied;

    public SchemaInitializer(Driver driver) {
        this.driver = driver;
    }

    /** Applies the schema once per process, unless it is in place already; safe to call again. */
    public synchronized void ensureSchema() {
        if (applied) {
            return;
        }
        var statements = CypherFile.load("schema.cypher").statements();
        List<String> creating = statements.stream().filter(statement -> CREATES.matcher(statement.strip()).find()).toList();
        if (inPlace(creating)) {
            try (var session = driver.session()) {
                statements.stream().filter(statement -> !creating.contains(statement)).forEach(statement -> session.run(statement).consume());
            }
            applied = true;
            log.info("Schema in place: {} constraints and indexes", creating.size());
            return;
        }
        try (var session = driver.session()) {
            statements.forEach(statement -> session.run(statement).consume());
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        applied = true;
        log.info("Schema applied: {} statements", statements.size());
    }

    /**
     * Whether the database holds every constraint and online index that these statements create, by
     * name; false when a statement is not one that names what it creates.
     */
    boolean inPlace(List<String> statements) {
        Set<String> constraints = new HashSet<>();
        Set<String> indexes = new HashSet<>();
        for (String statement : statements) {
            Matcher creates = CREATES.matcher(statement.strip());
            if (!creates.find()) {
                return false;
            }
            boolean constraint = creates.group(1).toUpperCase(Locale.ROOT).equals("CONSTRAINT");
            (constraint ? constraints : indexes).add(creates.group(2));
        }
        try (var session = driver.session()) {
            Set<String> presentConstraints = new HashSet<>(
                    session.run(STATE.query("constraints")).list(row -> row.get("name").asString()));
            Set<String> onlineIndexes = new HashSet<>(session.run(STATE.query("indexes")).list().stream()
                    .filter(row -> "ONLINE".equals(row.get("state").asString()))
                    .map(row -> row.get("name").asString()).toList());
            return presentConstraints.containsAll(constraints) && onlineIndexes.containsAll(indexes);
        }
    }
}
