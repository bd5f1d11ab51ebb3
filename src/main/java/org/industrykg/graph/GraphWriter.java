package org.industrykg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.industrykg.extract.EntityLabel;
import org.industrykg.extract.ExtractedEntity;
import org.industrykg.extract.ExtractedRelation;
import org.industrykg.extract.Extraction;
import org.industrykg.extract.KnownNames;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes one document with its entities and edges in one transaction, with
 * {@code UNWIND $rows ... MERGE} on keys backed by uniqueness constraints. Writing a changed
 * document first removes what only that document supported, so facts that other documents
 * state stay.
 */
@Component
public class GraphWriter {

    private static final CypherFile CYPHER = CypherFile.load("writer.cypher");

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** The sha256 stored for a document, if the document was loaded before. */
    public Optional<String> storedSha256(String fileName) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(CYPHER.query("document-sha"), Map.of("documentKey", DocumentRecord.keyOf(fileName)));
                return result.hasNext() ? Optional.ofNullable(result.next().get("sha256").asString(null)) : Optional.empty();
            });
        }
    }

    /** The organisation names and aliases in the graph, to grow further as a run writes documents. */
    public KnownNames.Builder knownNames() {
        KnownNames.Builder names = new KnownNames.Builder();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(CYPHER.query("known-names")).list()).forEach(row -> {
                EntityLabel label = EntityLabel.parse(row.get("label").asString());
                if (label != null) {
                    names.add(label, row.get("name").asString(), row.get("aliases").asList(v -> v.asString()));
                }
            });
        }
        return names;
    }

    /**
     * Replaces everything the document stated before with this extraction.
     *
     * @param replacing whether the document was loaded before; a new one has nothing to prune, which
     *                  saves a scan of every relationship
     */
    public void write(DocumentRecord document, Extraction extraction, boolean replacing) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                Set<String> touched = new LinkedHashSet<>(replacing ? prune(tx, document) : List.of());
                tx.run(CYPHER.query("upsert-document"),
                        Map.of("documentKey", document.key(), "properties", documentProperties(document))).consume();
                List<Map<String, Object>> entityRows = entityRows(extraction.entities());
                tx.run(CYPHER.query("upsert-entities"),
                        Map.of("documentKey", document.key(), "rows", entityRows)).consume();
                tx.run(CYPHER.query("upsert-relationships"),
                        Map.of("rows", relationRows(extraction.relations()))).consume();
                entityRows.forEach(row -> touched.add((String) row.get("key")));
                tx.run(CYPHER.query("mention-counts"), Map.of("keys", List.copyOf(touched))).consume();
            });
        }
    }

    private List<String> prune(TransactionContext tx, DocumentRecord document) {
        Map<String, Object> params = Map.of("document", document.fileName(), "documentKey", document.key());
        tx.run(CYPHER.query("prune-evidence"), params).consume();
        tx.run(CYPHER.query("prune-unsupported-relationships")).consume();
        List<String> keys = tx.run(CYPHER.query("prune-mentions"), params).single().get("keys").asList(v -> v.asString());
        tx.run(CYPHER.query("prune-orphans"), Map.of("keys", keys)).consume();
        return keys;
    }

    private static Map<String, Object> documentProperties(DocumentRecord document) {
        Map<String, Object> properties = new HashMap<>();
        document.properties().forEach((k, v) -> {
            if (v != null) {
                properties.put(k, v);
            }
        });
        properties.put("key", document.key());
        properties.put("fileName", document.fileName());
        properties.put("sha256", document.sha256());
        return properties;
    }

    private static List<Map<String, Object>> entityRows(List<ExtractedEntity> entities) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ExtractedEntity entity : entities) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", entity.key());
            row.put("label", entity.label().name());
            row.put("name", entity.name());
            row.put("aliases", entity.aliases().stream().filter(a -> !a.equals(entity.name())).sorted().toList());
            row.put("mentionCount", entity.mentionCount());
            row.put("properties", withoutNulls(entity.properties()));
            rows.merge(entity.key(), row, (a, b) -> a);
        }
        return new ArrayList<>(rows.values());
    }

    private static List<Map<String, Object>> relationRows(List<ExtractedRelation> relations) {
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ExtractedRelation relation : relations) {
            ExtractedRelation r = relation.canonical();
            var evidence = r.evidence();
            Map<String, Object> row = new HashMap<>();
            row.put("type", r.type().name());
            row.put("source", r.source());
            row.put("target", r.target());
            row.put("method", r.method());
            row.put("confidence", r.confidence());
            row.put("document", evidence.document());
            row.put("sentence", evidence.sentence());
            row.put("start", evidence.start());
            row.put("end", evidence.end());
            row.put("properties", withoutNulls(r.properties()));
            rows.putIfAbsent(List.of(r.type(), r.source(), r.target(), evidence.start(), evidence.end()), row);
        }
        return new ArrayList<>(rows.values());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        return copy;
    }
}
