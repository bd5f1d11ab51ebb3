// Shortest paths between two entities (GET /api/graph/path), through entities only and never
// through MENTIONED_IN. The pattern's bound is 6, the largest $maxLength; the length test stands
// after WITH so that it cannot turn the shortest-path search into an exhaustive one.

// :name shortest-paths
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN')
WITH p
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n.key] AS keys,
       [r IN relationships(p) | {source: startNode(r).key, target: endNode(r).key, type: type(r),
                                 properties: properties(r)}] AS edges
LIMIT $limit;
