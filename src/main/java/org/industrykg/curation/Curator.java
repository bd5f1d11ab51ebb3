package org.industrykg.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.industrykg.graph.CypherFile;
import org.industrykg.graph.GraphVersion;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out curation operations on the graph with {@code cypher/curation.cypher}, each in one
 * write transaction. Every operation is idempotent: it says what it changed, or that there was
 * nothing to do (the entity is gone, the edge is not there, the merge was done before).
 */
@Component
public class Curator {

    private static final Logger log = LoggerFactory.getLogger(Curator.class);
    private static final CypherFile CYPHER = CypherFile.load("curation.cypher");

    /** The pseudo-document of the evidence item a curated edge carries (its sentence is the note). */
    public static final String SOURCE = "curation";

    /** Node properties a merge never copies from the entity that goes. */
    private static final Set<String> OWN_PROPERTIES = Set.of("key", "name", "aliases", "mentionCount", "curation");

    private final Driver driver;

    public Curator(Driver driver) {
        this.driver = driver;
    }

    /** Applies the operation and returns what it did, which is also logged. */
    public String apply(CurationOp op) {
        String outcome;
        try (var session = driver.session()) {
            outcome = session.executeWrite(tx -> {
                String done = switch (op.op()) {
                    case MERGE -> merge(tx, op.from(), op.into(), "merged " + op.from());
                    case RENAME -> merge(tx, op.key(), CurationOp.labelOfKey(op.key()) + ":" + op.name(),
                            "renamed from " + CurationOp.nameOfKey(op.key()));
                    case RELABEL -> merge(tx, op.key(), op.label() + ":" + CurationOp.nameOfKey(op.key()),
                            "relabelled from " + CurationOp.labelOfKey(op.key()));
                    case REJECT_ENTITY -> count(tx, "reject-entity", Map.of("key", op.key()), "removed",
                            "removed", "not there");
                    case REJECT_EDGE -> count(tx, "reject-edge",
                            Map.of("source", op.source(), "type", op.type(), "target", op.target()), "removed",
                            "removed", "not there");
                    case ADD_EDGE -> addEdge(tx, op);
                };
                GraphVersion.bump(tx);
                return done;
            });
        }
        log.info("curation: {}: {}", op.describe(), outcome);
        return outcome;
    }

    /** Every entity with its label, name, aliases and mentions, for finding duplicates. */
    public List<DuplicateFinder.Candidate> candidates() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CYPHER.query("entities-for-suggestions")).list(row ->
                    new DuplicateFinder.Candidate(row.get("key").asString(), row.get("label").asString(),
                            row.get("name").asString(""), row.get("aliases").asList(Value::asString),
                            row.get("mentions").asLong())));
        }
    }

    /** Whether an entity has the key. */
    public boolean exists(String key) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> properties(tx, key).isPresent());
        }
    }

    /** Whether an edge of the type goes from source to target (either way for PARTNERS_WITH). */
    public boolean hasEdge(String source, String type, String target) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CYPHER.query("edge-count"),
                    Map.of("source", source, "type", type, "target", target)).single().get("edges").asLong() > 0);
        }
    }

    /**
     * Moves everything of {@code from} onto {@code into}. When {@code into} is not there, {@code from}
     * simply takes its key, name and label; when {@code from} is not there, the merge was done.
     */
    private static String merge(TransactionContext tx, String from, String into, String mark) {
        Optional<Map<String, Object>> gone = properties(tx, from);
        if (gone.isEmpty()) {
            return "nothing to do (" + from + " is not there)";
        }
        Optional<Map<String, Object>> staying = properties(tx, into);
        if (staying.isEmpty()) {
            tx.run(CYPHER.query("rekey"), Map.of("from", from, "into", into, "name", CurationOp.nameOfKey(into),
                    "label", CurationOp.labelOfKey(into).name(), "mark", mark)).consume();
            return "now " + into;
        }
        Map<String, Object> params = Map.of("from", from, "into", into);
        long moved = tx.run(CYPHER.query("move-edges"), params).single().get("moved").asLong();
        tx.run(CYPHER.query("move-mentions"), params).consume();
        Map<String, Object> lacking = new HashMap<>();
        gone.get().forEach((name, value) -> {
            if (!OWN_PROPERTIES.contains(name) && !staying.get().containsKey(name)) {
                lacking.put(name, value);
            }
        });
        tx.run(CYPHER.query("absorb"), Map.of("from", from, "into", into, "properties", lacking, "mark", mark)).consume();
        return "merged into " + into + ", " + moved + " edge(s) moved";
    }

    private static Optional<Map<String, Object>> properties(TransactionContext tx, String key) {
        var rows = tx.run(CYPHER.query("entity"), Map.of("key", key)).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).get("properties").asMap());
    }

    private static String count(TransactionContext tx, String section, Map<String, Object> params, String column,
                                String done, String nothing) {
        long n = tx.run(CYPHER.query(section), params).single().get(column).asLong();
        return n > 0 ? done : "nothing to do (" + nothing + ")";
    }

    private static String addEdge(TransactionContext tx, CurationOp op) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", op.source());
        params.put("type", op.type());
        params.put("target", op.target());
        params.put("note", op.note());
        params.put("reference", op.reference());
        params.put("document", SOURCE);
        List<Value> added = tx.run(CYPHER.query("add-edge"), params).list(row -> row.get("added"));
        if (added.isEmpty()) {
            return "nothing to do (" + op.source() + " or " + op.target() + " is not there)";
        }
        return added.get(0).asLong() > 0 ? "added" : "already there";
    }
}
