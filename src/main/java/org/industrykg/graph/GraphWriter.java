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
import org.industrykg.extract.Evidence;
import org.industrykg.extract.ExtractedEntity;
import org.industrykg.extract.ExtractedRelation;
import org.industrykg.extract.Extraction;
import org.industrykg.extract.IndustryTaxonomy;
import org.industrykg.extract.KnownNames;
import org.industrykg.ingest.MetadataParser;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes a document, or a batch of documents, with their entities and edges in one transaction, with
 * {@code UNWIND $rows ... MERGE} on keys backed by uniqueness constraints. What a document says
 * about an entity (aliases, properties) is kept on its {@code MENTIONED_IN} edge and what it says
 * about a relationship in the relationship's evidence, so writing a changed document or removing
 * one withdraws exactly what only that document said, and facts that other documents state stay.
 */
@Component
public class GraphWriter {

    private static final CypherFile CYPHER = CypherFile.load("writer.cypher");

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** What the graph records of a document loaded before: its fingerprint and the extractor that read it. */
    public record StoredDocument(String sha256, String extractorVersion) {
    }

    /** The stored fingerprint of a document, if the document was loaded before. */
    public Optional<StoredDocument> stored(String fileName) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(CYPHER.query("stored-document"), Map.of("documentKey", DocumentRecord.keyOf(fileName)));
                if (!result.hasNext()) {
                    return Optional.empty();
                }
                var row = result.next();
                return Optional.of(new StoredDocument(row.get("sha256").asString(null), row.get("extractorVersion").asString(null)));
            });
        }
    }

    /** The stored fingerprints of those of these files that were loaded before, by file name. */
    public Map<String, StoredDocument> stored(List<String> fileNames) {
        List<String> keys = fileNames.stream().map(DocumentRecord::keyOf).toList();
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, StoredDocument> stored = new HashMap<>();
                tx.run(CYPHER.query("stored-documents"), Map.of("documentKeys", keys)).forEachRemaining(row ->
                        stored.put(row.get("fileName").asString(),
                                new StoredDocument(row.get("sha256").asString(null), row.get("extractorVersion").asString(null))));
                return stored;
            });
        }
    }

    /** The file names of every document in the graph, sorted. */
    public List<String> documentNames() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CYPHER.query("document-names")).list(r -> r.get("fileName").asString()));
        }
    }

    /**
     * What removing a document took out of the graph: its evidence items, the relationships that only
     * it supported and the entities that only it mentioned (by name).
     */
    public record Removal(String document, long evidenceItems, long relationships, List<String> entities) {
    }

    /**
     * Removes a document and everything only it said, in one transaction; what other documents also
     * say stays. Empty when the graph has no document of that name.
     */
    public Optional<Removal> remove(String fileName) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                if (!tx.run(CYPHER.query("stored-document"), Map.of("documentKey", DocumentRecord.keyOf(fileName))).hasNext()) {
                    return Optional.empty();
                }
                Withdrawal withdrawn = withdraw(tx, fileName, DocumentRecord.keyOf(fileName));
                tx.run(CYPHER.query("delete-document"), Map.of("documentKey", DocumentRecord.keyOf(fileName))).consume();
                List<String> deleted = tx.run(CYPHER.query("prune-orphans"), Map.of("keys", List.copyOf(withdrawn.names().keySet())))
                        .single().get("names").asList(v -> v.asString());
                refresh(tx, withdrawn.names());
                GraphVersion.bump(tx);
                return Optional.of(new Removal(fileName, withdrawn.evidenceItems(), withdrawn.relationships(), deleted));
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
        write(List.of(new DocumentWrite(document, extraction, replacing)));
    }

    /**
     * A document to write: its record, what was extracted from it, and whether it was loaded before
     * (a new one has nothing to withdraw, which saves a scan of every relationship).
     */
    public record DocumentWrite(DocumentRecord document, Extraction extraction, boolean replacing) {
    }

    /**
     * Writes documents in one transaction, in their order, each replacing what it stated before:
     * all of them or none, so each stays whole. New documents that follow one another are written
     * with one statement per step for all of them (documents, entities, relationships, refresh),
     * which is what makes a batch cheaper than its documents one by one; a document loaded before is
     * withdrawn and written on its own, in its place, so that the graph is the one that writing them
     * one by one gives (withdrawing two documents before writing either would delete, as no longer
     * mentioned, an entity that only they mention, with what curation did to it). The driver retries
     * the transaction on transient errors (deadlocks, a leader change, a lost connection) with
     * growing pauses, for at most {@code spring.neo4j.max-transaction-retry-time}.
     */
    public void write(List<DocumentWrite> documents) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                List<DocumentWrite> newOnes = new ArrayList<>();
                for (DocumentWrite write : documents) {
                    if (write.replacing()) {
                        writeTogether(tx, newOnes);
                        newOnes.clear();
                        writeTogether(tx, List.of(write));
                    } else {
                        newOnes.add(write);
                    }
                }
                writeTogether(tx, newOnes);
                GraphVersion.bump(tx);
            });
        }
    }

    /** Writes new documents, or one document loaded before, with one statement per step. */
    private static void writeTogether(TransactionContext tx, List<DocumentWrite> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        for (DocumentWrite write : documents) {
            if (write.replacing()) {
                Withdrawal withdrawn = withdraw(tx, write.document().fileName(), write.document().key());
                tx.run(CYPHER.query("prune-orphans"), Map.of("keys", List.copyOf(withdrawn.names().keySet()))).consume();
                withdrawn.names().forEach((key, names) -> touched.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(names));
            }
        }
        List<Map<String, Object>> documentRows = new ArrayList<>();
        List<Map<String, Object>> entityRows = new ArrayList<>();
        // One row per evidence item: a second row of the same item in one statement would not see
        // the first one's (a taxonomy edge that two documents of the batch bring).
        Map<List<Object>, Map<String, Object>> relationRows = new LinkedHashMap<>();
        for (DocumentWrite write : documents) {
            DocumentRecord document = write.document();
            String documentDate = (String) document.properties().get("date");
            documentRows.add(Map.of("key", document.key(), "properties", documentProperties(document)));
            entityRows.addAll(entityRows(document.key(), write.extraction().entities(), documentDate));
            relationRows(write.extraction().relations(), documentDate).forEach(row -> relationRows.putIfAbsent(
                    List.of(row.get("type"), row.get("source"), row.get("target"), row.get("document"),
                            row.get("sentence"), row.get("start"), row.get("end")), row));
        }
        tx.run(CYPHER.query("upsert-documents"), Map.of("documents", documentRows)).consume();
        tx.run(CYPHER.query("upsert-entities"), Map.of("rows", entityRows)).consume();
        tx.run(CYPHER.query("upsert-relationships"), Map.of("rows", List.copyOf(relationRows.values()))).consume();
        // The new claims of an entity that this write withdrew nothing from are added to its node
        // (add-claims) when the values they assert are the ones the node already holds, as a city's
        // code and level are in every document that names it; any other entity is recomputed from all
        // its claims (refresh-entities), which for a hub means reading thousands of them.
        Map<String, Map<String, Object>> added = new LinkedHashMap<>();
        for (Map<String, Object> row : entityRows) {
            String key = (String) row.get("key");
            if (touched.containsKey(key)) {
                continue;
            }
            Map<?, ?> claim = (Map<?, ?>) row.get("claim");
            Map<String, Object> values = new HashMap<>();
            for (Object name : (List<?>) claim.get("asserts")) {
                values.put((String) name, claim.get(name));
            }
            Map<String, Object> addition = Map.of("key", key, "count", claim.get("count"), "aliases", claim.get("aliases"),
                    "values", values);
            Map<String, Object> joined = added.containsKey(key) ? joinClaims(added.get(key), addition) : addition;
            if (joined == null) {
                added.remove(key);
                touched.put(key, new LinkedHashSet<>());
            } else {
                added.put(key, joined);
            }
        }
        List<Object> addedKeys = added.isEmpty() ? List.of()
                : tx.run(CYPHER.query("add-claims"), Map.of("rows", List.copyOf(added.values()))).single().get("keys").asList();
        added.keySet().removeAll(Set.copyOf(addedKeys));
        added.keySet().forEach(key -> touched.put(key, new LinkedHashSet<>()));
        refresh(tx, touched);
    }

    /**
     * Two claims on one entity in one write, as one: counts added, aliases joined, asserted values
     * united; null when they assert different values of one property (the entity is then recomputed).
     */
    private static Map<String, Object> joinClaims(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> values = new HashMap<>(castValues(a));
        for (Map.Entry<String, Object> value : castValues(b).entrySet()) {
            Object before = values.putIfAbsent(value.getKey(), value.getValue());
            if (before != null && !before.equals(value.getValue())) {
                return null;
            }
        }
        Set<Object> aliases = new LinkedHashSet<>((List<?>) a.get("aliases"));
        aliases.addAll((List<?>) b.get("aliases"));
        return Map.of("key", a.get("key"), "count", ((Number) a.get("count")).longValue() + ((Number) b.get("count")).longValue(),
                "aliases", List.copyOf(aliases), "values", values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castValues(Map<String, Object> claim) {
        return (Map<String, Object>) claim.get("values");
    }

    /**
     * What withdrawing a document's statements touched: the entities it mentioned, each with the
     * names of the properties it asserted about them.
     */
    private record Withdrawal(long evidenceItems, long relationships, Map<String, Set<String>> names) {
    }

    /** Withdraws the document's evidence and claims; the entities it mentioned still need pruning and a refresh. */
    private static Withdrawal withdraw(TransactionContext tx, String fileName, String documentKey) {
        Map<String, Object> params = Map.of("document", fileName, "documentKey", documentKey);
        long items = tx.run(CYPHER.query("prune-evidence"), params).single().get("items").asLong(0);
        long relationships = tx.run(CYPHER.query("prune-unsupported-relationships"), params).single().get("relationships").asLong();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        tx.run(CYPHER.query("prune-mentions"), params).single().get("entities").asList(v -> v).forEach(entity ->
                names.computeIfAbsent(entity.get("key").asString(), k -> new LinkedHashSet<>())
                        .addAll(entity.get("names").asList(v -> v.asString())));
        return new Withdrawal(items, relationships, names);
    }

    /** Recomputes the nodes of these entities from the claims of the documents that mention them. */
    private static void refresh(TransactionContext tx, Map<String, Set<String>> names) {
        List<Map<String, Object>> rows = new ArrayList<>();
        names.forEach((key, asserted) -> rows.add(Map.of("key", key, "names", List.copyOf(asserted))));
        tx.run(CYPHER.query("refresh-entities"), Map.of("rows", rows)).consume();
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

    /** One row per entity, with the document's claim about it as the properties of its MENTIONED_IN edge. */
    private static List<Map<String, Object>> entityRows(String documentKey, List<ExtractedEntity> entities,
                                                        String documentDate) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ExtractedEntity entity : entities) {
            Map<String, Object> asserted = withoutNulls(entity.properties());
            Map<String, Object> claim = new HashMap<>(asserted);
            claim.put("count", entity.mentionCount());
            claim.put("aliases", entity.aliases().stream().filter(a -> !a.equals(entity.name())).sorted().toList());
            claim.put("asserts", asserted.keySet().stream().sorted().toList());
            Evidence evidence = entity.factEvidence();
            String date = evidence == null ? documentDate : factDate(documentDate, evidence.sentence());
            if (date != null && !asserted.isEmpty()) {
                claim.put("date", date);
            }
            if (evidence != null) {
                claim.put("factSentence", evidence.sentence());
                claim.put("factStart", evidence.start());
                claim.put("factEnd", evidence.end());
            }
            Map<String, Object> row = new HashMap<>();
            row.put("key", entity.key());
            row.put("documentKey", documentKey);
            row.put("label", entity.label().name());
            row.put("name", entity.name());
            row.put("claim", claim);
            rows.merge(entity.key(), row, (a, b) -> a);
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * The date of a fact: the date of the document that states it (letter date, publication date),
     * else the date its sentence gives; null when neither has one.
     */
    static String factDate(String documentDate, String sentence) {
        return documentDate != null ? documentDate : MetadataParser.dateIn(sentence);
    }

    private static List<Map<String, Object>> relationRows(List<ExtractedRelation> relations, String documentDate) {
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
            String date = evidence.document().equals(IndustryTaxonomy.SOURCE) ? null : factDate(documentDate, evidence.sentence());
            row.put("date", date == null ? "" : date);
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
