// The neighbourhood of an entity (GET /api/graph/neighbourhood), walked breadth first: the service
// runs `ring` once per level of depth, then subgraph.cypher's `edges-among` and `subgraph` (for the
// nodes) on the keys.

// :name ring
// The entities one edge away from $keys that are not yet in $seen, best-known first.
// Each walk starts from the index seek of a key and expands inside the subquery, so the planner
// cannot find `next` by scanning the key index (NOT IN $seen) and joining, as it did at size. The
// types are spelled out (all but MENTIONED_IN), so a much-mentioned entity's mentions are not read.
UNWIND $keys AS key
MATCH (start:Entity {key: key})
CALL (start) {
  MATCH (start)-[:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(next:Entity)
  WHERE NOT next.key IN $seen
  RETURN next
}
WITH DISTINCT next
RETURN next.key AS key
ORDER BY next.mentionCount DESC, key
LIMIT $limit;
