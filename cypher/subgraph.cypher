// Building blocks of the subgraph answers (neighbourhood, path, links) in the export format of
// DESIGN.md §6. Document nodes and MENTIONED_IN are left out of these subgraphs.

// :name nodes
// The entities of $keys as export nodes, with the file names of the documents that mention them.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       properties(n) AS properties,
       [(n)-[:MENTIONED_IN]->(d:Document) | d.fileName] AS documents
ORDER BY label, key;

// :name edges-among
// Every edge whose both ends are among $keys (the types are all but MENTIONED_IN).
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]->(b:Entity)
WHERE b.key IN $keys
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties
ORDER BY type, source, target
LIMIT $limit;

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
