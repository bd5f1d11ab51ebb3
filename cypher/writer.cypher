// Statements of the GraphWriter, run in one transaction per document. Sections start with
// `// :name <id>`; parameters are always bound, never spliced into the text.

// :name document-sha
MATCH (d:Document {key: $documentKey})
RETURN d.sha256 AS sha256;

// :name prune-evidence
// Removes the document's evidence from every relationship it supported.
MATCH ()-[r]->()
WHERE $document IN r.evidenceDocuments
WITH r, [i IN range(0, size(r.evidenceDocuments) - 1) WHERE r.evidenceDocuments[i] <> $document] AS keep
SET r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceDocuments = [i IN keep | r.evidenceDocuments[i]];

// :name prune-unsupported-relationships
MATCH ()-[r]->()
WHERE r.evidenceDocuments = []
DELETE r;

// :name prune-mentions
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document {key: $documentKey})
DELETE m
RETURN collect(e.key) AS keys;

// :name prune-orphans
// Entities that no document mentions any more go, with the edges only they held.
MATCH (e:Entity)
WHERE e.key IN $keys AND NOT (e)-[:MENTIONED_IN]->(:Document)
DETACH DELETE e;

// :name upsert-document
MERGE (d:Document {key: $documentKey})
SET d += $properties;

// :name upsert-entities
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.aliases = [], e.mentionCount = 0
SET e:$(row.label)
SET e += row.properties
SET e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
                       CASE WHEN a IN acc OR a = e.name THEN acc ELSE acc + a END)
WITH e, row
MATCH (d:Document {key: $documentKey})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.mentionCount;

// :name upsert-relationships
// Appends the row's evidence unless the relationship already holds the same evidence (a taxonomy
// edge is stated once, whichever document brings its two industries).
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b {key: row.target}) WHERE b:Entity OR b:Document
MERGE (a)-[r:$(row.type)]->(b)
  ON CREATE SET r.evidenceDocuments = [], r.evidenceSentences = [], r.evidenceStarts = [], r.evidenceEnds = [],
                r.method = row.method, r.confidence = row.confidence
WITH r, row, any(i IN range(0, size(r.evidenceDocuments) - 1)
                 WHERE r.evidenceDocuments[i] = row.document AND r.evidenceStarts[i] = row.start
                   AND r.evidenceEnds[i] = row.end AND r.evidenceSentences[i] = row.sentence) AS known
FOREACH (_ IN CASE WHEN known THEN [] ELSE [1] END |
  SET r.evidenceDocuments = r.evidenceDocuments + row.document,
      r.evidenceSentences = r.evidenceSentences + row.sentence,
      r.evidenceStarts = r.evidenceStarts + row.start,
      r.evidenceEnds = r.evidenceEnds + row.end)
SET r += row.properties
FOREACH (_ IN CASE WHEN row.confidence > r.confidence THEN [1] ELSE [] END |
  SET r.method = row.method, r.confidence = row.confidence);

// :name mention-counts
UNWIND $keys AS key
MATCH (e:Entity {key: key})
SET e.mentionCount = COALESCE(COLLECT { MATCH (e)-[m:MENTIONED_IN]->() RETURN sum(m.count) }[0], 0);

// :name known-names
// Organisation names and aliases already in the graph, for finding short mentions in new documents.
MATCH (e:Entity)
WHERE NOT e:City AND NOT e:Industry
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, coalesce(e.aliases, []) AS aliases;
