// One entity's documents and every edge in both directions (GET /api/entities/{key}).

// :name entity-documents
// A page of the file names of the documents that mention an entity, in file-name order
// (GET /api/entities/{key} gives the first page, GET /api/entities/{key}/documents the others).
MATCH (n:Entity {key: $key})-[:MENTIONED_IN]->(d:Document)
RETURN d.fileName AS fileName
ORDER BY fileName
SKIP $offset
LIMIT $limit;

// :name entity-edges
// Every edge but MENTIONED_IN, with the node at the other end.
MATCH (n:Entity {key: $key})-[r]-(other)
WHERE type(r) <> 'MENTIONED_IN'
RETURN startNode(r).key AS source,
       endNode(r).key AS target,
       type(r) AS type,
       properties(r) AS properties,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       {key: other.key, label: [l IN labels(other) WHERE l <> 'Entity'][0],
        name: coalesce(other.name, other.title, other.fileName)} AS other
ORDER BY type, direction, other.key
LIMIT $limit;

// :name entity-ref
// Whether an entity exists, with its label and name.
MATCH (n:Entity {key: $key})
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name;
