// The whole graph in the export format of DESIGN.md §6 (GET /api/export, ./kg export).

// :name export-nodes
MATCH (n)
WHERE n:Entity OR n:Document
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.name, n.title, n.fileName) AS name,
       coalesce(n.aliases, []) AS aliases,
       properties(n) AS properties,
       CASE WHEN n:Document THEN [n.fileName]
            ELSE [(n)-[:MENTIONED_IN]->(d:Document) | d.fileName] END AS documents
ORDER BY label, key;

// :name export-edges
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONED_IN' AND (a:Entity OR a:Document) AND (b:Entity OR b:Document)
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties
ORDER BY type, source, target;

// :name export-mentions
// The MENTIONED_IN edges that the export above folds into each node's `documents`, with their
// counts (the file exports write them as edges).
MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN e.key AS source, d.key AS target, m.count AS count
ORDER BY source, target;

// Streaming export (GET /api/export as JSON, ./kg export): the nodes in pages of key order, then the
// edges that start at them, page by page, so that neither the database nor the service holds the
// whole graph at once.

// :name page-keys
// The keys of up to $limit nodes (entities and documents) after $after, in key order: each label's
// key index yields its nodes sorted, so a page reads only its own nodes.
CALL () {
  MATCH (n:Entity) WHERE n.key > $after RETURN n.key AS key ORDER BY key LIMIT $limit
  UNION ALL
  MATCH (n:Document) WHERE n.key > $after RETURN n.key AS key ORDER BY key LIMIT $limit
}
RETURN key ORDER BY key LIMIT $limit;

// :name page-nodes
// The nodes of $keys in the export format; `text` is a document's text, null unless $texts.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Entity {key: key}) RETURN n
  UNION
  MATCH (n:Document {key: key}) RETURN n
}
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.name, n.title, n.fileName) AS name,
       coalesce(n.aliases, []) AS aliases,
       properties(n) AS properties,
       CASE WHEN n:Document THEN [n.fileName]
            ELSE [(n)-[:MENTIONED_IN]->(d:Document) | d.fileName] END AS documents,
       CASE WHEN $texts AND n:Document THEN n.text END AS text;

// :name page-edges
// The edges that start at the nodes of $keys and end at an entity or a document (every type but
// MENTIONED_IN, which the nodes' `documents` fold in).
UNWIND $keys AS key
CALL (key) {
  MATCH (a:Entity {key: key}) RETURN a
  UNION
  MATCH (a:Document {key: key}) RETURN a
}
MATCH (a)-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]->(b)
WHERE b:Entity OR b:Document
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties
ORDER BY source, type, target;
