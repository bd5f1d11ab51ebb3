// The neighbourhood of an entity (GET /api/graph/neighbourhood), walked breadth first: the service
// runs `ring` once per level of depth, then subgraph.cypher's `nodes` and `edges-among` on the keys.

// :name ring
// The entities one edge away from $keys that are not yet in $seen, best-known first.
UNWIND $keys AS key
MATCH (:Entity {key: key})-[r]-(next:Entity)
WHERE type(r) <> 'MENTIONED_IN' AND NOT next.key IN $seen
WITH DISTINCT next
RETURN next.key AS key
ORDER BY next.mentionCount DESC, key
LIMIT $limit;
