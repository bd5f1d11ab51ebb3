// The neighbourhood of an entity (GET /api/graph/neighbourhood), walked breadth first: the service
// runs `ring` once per level of depth, then subgraph.cypher's `nodes` and `edges-among` on the keys.

// :name ring
// The entities one edge away from $keys that are not yet in $seen, best-known first.
// The hint keeps the planner from finding `next` by scanning the key index (NOT IN $seen) and
// joining: the walk starts from the index seek of each key.
UNWIND $keys AS key
MATCH (start:Entity {key: key})-[r]-(next:Entity)
USING INDEX start:Entity(key)
WHERE type(r) <> 'MENTIONED_IN' AND NOT next.key IN $seen
WITH DISTINCT next
RETURN next.key AS key
ORDER BY next.mentionCount DESC, key
LIMIT $limit;
