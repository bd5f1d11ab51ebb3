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
