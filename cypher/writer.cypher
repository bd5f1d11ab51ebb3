// Statements of the GraphWriter, run in one transaction per write of one document or a batch of
// documents (each document whole: all it states or nothing). Sections start with
// `// :name <id>`; parameters are always bound, never spliced into the text.

// :name stored-document
// What the job needs to decide whether a file must be extracted again.
MATCH (d:Document {key: $documentKey})
RETURN d.sha256 AS sha256, d.extractorVersion AS extractorVersion;

// :name stored-documents
// The same for many files at once (before any of them is read), by index seek on each key.
UNWIND $documentKeys AS documentKey
MATCH (d:Document {key: documentKey})
RETURN d.fileName AS fileName, d.sha256 AS sha256, d.extractorVersion AS extractorVersion;

// :name document-names
MATCH (d:Document)
RETURN d.fileName AS fileName
ORDER BY fileName;

// :name prune-evidence
// Removes the document's evidence items from every relationship it supported. Those relationships
// join entities the document mentions (its statements are about the entities it names, and curation
// moves a merged entity's mentions with its edges), so they are found from its mentions, not by a scan
// of every relationship of the graph; runs before prune-mentions withdraws those mentions.
MATCH (:Document {key: $documentKey})<-[:MENTIONED_IN]-(:Entity)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND $document IN r.evidenceDocuments
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidenceDocuments) - 1) WHERE r.evidenceDocuments[i] <> $document] AS keep,
     size(r.evidenceDocuments) AS before
SET r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceDates = [i IN keep | coalesce(r.evidenceDates[i], '')],
    r.evidenceDocuments = [i IN keep | r.evidenceDocuments[i]]
RETURN sum(before - size(keep)) AS items;

// :name prune-unsupported-relationships
// The relationships of the document's entities that no evidence supports any more go.
MATCH (:Document {key: $documentKey})<-[:MENTIONED_IN]-(:Entity)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND r.evidenceDocuments = []
WITH DISTINCT r
DELETE r
RETURN count(*) AS relationships;

// :name prune-mentions
// Withdraws what the document said about each entity it mentions (count, aliases, properties, all
// kept on its MENTIONED_IN edge) and returns the entities with the names of the properties it
// asserted, so that they can be recomputed from the documents that remain.
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document {key: $documentKey})
WITH e, coalesce(m.asserts, []) AS asserted, m
DELETE m
RETURN collect({key: e.key, names: asserted}) AS entities;

// :name prune-orphans
// Entities that no document mentions any more go, with the edges only they held.
MATCH (e:Entity)
WHERE e.key IN $keys AND NOT (e)-[:MENTIONED_IN]->(:Document)
WITH e, e.name AS name
DETACH DELETE e
RETURN collect(name) AS names;

// :name delete-document
MATCH (d:Document {key: $documentKey})
DETACH DELETE d;

// :name upsert-documents
// The documents of one write (one or several, each with everything it states, in one transaction).
UNWIND $documents AS document
MERGE (d:Document {key: document.key})
SET d += document.properties;

// :name upsert-entities
// The document's claims about each entity go on its MENTIONED_IN edge: `count`, the `aliases` it
// used, the properties it states (named in `asserts`, with their values under the same names), the
// sentence stating them (`factSentence`, `factStart`, `factEnd`) and their `date`. The node's own
// aliases and properties are recomputed from all its claims (refresh-entities).
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.aliases = [], e.mentionCount = 0
SET e:$(row.label)
WITH e, row
MATCH (d:Document {key: row.documentKey})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m = row.claim;

// :name upsert-relationships
// Appends the row's evidence unless the relationship already holds the same evidence (a taxonomy
// edge is stated once, whichever document brings its two industries). Items written before dates
// were kept get an empty date, so that the lists stay parallel.
// The target is an entity or a document, found by the index seek of either label (a match on the key
// alone would scan every node). Each type of the ontology (RelationType) has its own MERGE: Neo4j 5
// plans a MERGE of a dynamic type, (a)-[r:$(row.type)]->(b), as a scan of every relationship of the
// graph for each row, where a MERGE of a named type expands from a into b.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
CALL (row) {
  MATCH (b:Entity {key: row.target})
  RETURN b
  UNION
  MATCH (b:Document {key: row.target})
  RETURN b
}
WITH a, b, row, {evidenceDocuments: [], evidenceSentences: [], evidenceStarts: [], evidenceEnds: [], evidenceDates: [],
                 method: row.method, confidence: row.confidence} AS fresh
CALL (a, b, row, fresh) {
  WITH * WHERE row.type = 'FUNDS'
  MERGE (a)-[r:FUNDS]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'MANAGES'
  MERGE (a)-[r:MANAGES]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'TARGETS'
  MERGE (a)-[r:TARGETS]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HOSTS'
  MERGE (a)-[r:HOSTS]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTNERS_WITH'
  MERGE (a)-[r:PARTNERS_WITH]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'FOUNDED'
  MERGE (a)-[r:FOUNDED]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'SUPPORTS'
  MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'ISSUES'
  MERGE (a)-[r:ISSUES]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF]->(b) ON CREATE SET r += fresh
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'IN_INDUSTRY'
  MERGE (a)-[r:IN_INDUSTRY]->(b) ON CREATE SET r += fresh
  RETURN r
}
WITH r, row, any(i IN range(0, size(r.evidenceDocuments) - 1)
                 WHERE r.evidenceDocuments[i] = row.document AND r.evidenceStarts[i] = row.start
                   AND r.evidenceEnds[i] = row.end AND r.evidenceSentences[i] = row.sentence) AS known
FOREACH (_ IN CASE WHEN known THEN [] ELSE [1] END |
  SET r.evidenceDates = coalesce(r.evidenceDates, [])
                        + [i IN range(1, size(r.evidenceDocuments) - size(coalesce(r.evidenceDates, []))) | '']
                        + row.date,
      r.evidenceDocuments = r.evidenceDocuments + row.document,
      r.evidenceSentences = r.evidenceSentences + row.sentence,
      r.evidenceStarts = r.evidenceStarts + row.start,
      r.evidenceEnds = r.evidenceEnds + row.end)
SET r += row.properties
FOREACH (_ IN CASE WHEN row.confidence > r.confidence THEN [1] ELSE [] END |
  SET r.method = row.method, r.confidence = row.confidence);

// :name refresh-entities
// Recomputes an entity node from the claims of the documents that still mention it: mentionCount
// (their counts summed), aliases (the union of theirs, sorted) and every property one of them
// asserts (`names` adds those that a withdrawn document asserted). When documents disagree, the
// latest statement wins (fact date, then file name); the others stay on their MENTIONED_IN edges
// and are reported as conflicts. A property that no document asserts any more is removed.
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
WITH e, row, COLLECT {
  MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  RETURN m ORDER BY coalesce(m.date, '') DESC, d.fileName
} AS claims
WITH e, claims, COLLECT {
  UNWIND row.names AS name
  RETURN name
  UNION
  UNWIND claims AS m
  UNWIND coalesce(m.asserts, []) AS name
  RETURN name
} AS names
SET e.mentionCount = reduce(total = 0, m IN claims | total + coalesce(m.count, 0)),
    e.aliases = COLLECT {
      UNWIND claims AS m
      UNWIND coalesce(m.aliases, []) AS alias
      WITH DISTINCT alias WHERE alias <> e.name
      RETURN alias ORDER BY alias
    }
FOREACH (name IN names | SET e[name] = head([m IN claims WHERE name IN coalesce(m.asserts, []) | m[name]]));

// :name add-claims
// The refresh of an entity whose new claims assert only values that its node already holds (or none),
// when the same write withdrew nothing from it: its node plus those claims (counts added, aliases
// joined and sorted), which is what refresh-entities would compute (whichever claim is the latest, the
// value of each property it asserts is the same), without reading again every claim of an entity that
// thousands of documents mention. Returns the keys it added claims to; the others need a refresh.
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
WITH e, row
WHERE all(name IN keys(row.values) WHERE e[name] IS NOT NULL AND e[name] = row.values[name]
                                     AND valueType(e[name]) = valueType(row.values[name]))
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.count,
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + row.aliases AS alias
      WITH DISTINCT alias WHERE alias <> e.name
      RETURN alias ORDER BY alias
    }
RETURN collect(row.key) AS keys;

// :name known-names
// Organisation names and aliases already in the graph, for finding short mentions in new documents.
MATCH (e:Entity)
WHERE NOT e:City AND NOT e:Industry
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, coalesce(e.aliases, []) AS aliases;
