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
