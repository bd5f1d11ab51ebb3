// Building blocks of the subgraph answers (neighbourhood, path, links) in the export format of
// DESIGN.md §6. Document nodes and MENTIONED_IN are left out of these subgraphs.

// :name nodes
// The entities of $keys as export nodes. `documents` holds at most $documentLimit file names of the
// documents that mention a node and `documentCount` how many there are (DESIGN.md, graph.json in
// subgraph answers): a city that thousands of documents mention would otherwise make most of the
// answer. The count comes from the degree store and the names in the order the store keeps the
// MENTIONED_IN edges, so only $documentLimit of them are read (sorting them by name would read them
// all: 68,000 database hits for the busiest neighbourhood at 1M relationships). MENTIONED_IN always
// ends at a Document, so the label is not checked.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       properties(n) AS properties,
       COLLECT { MATCH (n)-[:MENTIONED_IN]->(d) RETURN d.fileName LIMIT $documentLimit } AS documents,
       COUNT { (n)-[:MENTIONED_IN]->() } AS documentCount
ORDER BY label, key;

// :name edges-among
// Every edge whose both ends are among $keys (the types are all but MENTIONED_IN), each with its first
// $evidenceLimit evidence items and `evidenceCount`, how many it has (docs/design.md, subgraph answers).
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]->(b:Entity)
WHERE b.key IN $keys
WITH a.key AS source, b.key AS target, type(r) AS type, r
ORDER BY type, source, target
LIMIT $limit
RETURN source, target, type, r {.*, evidenceDocuments: r.evidenceDocuments[..$evidenceLimit],
            evidenceSentences: r.evidenceSentences[..$evidenceLimit], evidenceStarts: r.evidenceStarts[..$evidenceLimit],
            evidenceEnds: r.evidenceEnds[..$evidenceLimit], evidenceDates: r.evidenceDates[..$evidenceLimit]} AS properties,
       size(r.evidenceDocuments) AS evidenceCount;

// :name overview
// The $limit entities that documents mention most (GET /api/graph/overview, the web page's first
// view): a range seek of the entity_mention_count index read in descending order, so only those
// are read, whatever the size of the graph.
MATCH (n:Entity)
WHERE n.mentionCount >= 0
RETURN n.key AS key
ORDER BY n.mentionCount DESC
LIMIT $limit;

// :name entity-count
// How many entities there are (from the count store, not by reading them).
MATCH (n:Entity)
RETURN count(n) AS entities;
