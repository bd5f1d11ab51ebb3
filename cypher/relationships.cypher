// Paths of length 1 or 2 between entities of two labels (GET /api/relationships, DESIGN.md §7
// question 1), in any direction, through any one intermediate node but a Document. $from and $to
// are ontology labels; $key, when not null, must be one of the two ends. With $from = $to each
// pair is listed once.

// :name relationships
CALL () {
  MATCH (a:$($from))-[r]-(b:$($to))
  WHERE type(r) <> 'MENTIONED_IN' AND a <> b
  RETURN a, b, null AS via, [r] AS rels
  UNION
  MATCH (a:$($from))-[r1]-(via)-[r2]-(b:$($to))
  WHERE type(r1) <> 'MENTIONED_IN' AND type(r2) <> 'MENTIONED_IN' AND NOT via:Document AND a <> b
  RETURN a, b, via, [r1, r2] AS rels
}
WITH a, b, via, rels
WHERE ($key IS NULL OR a.key = $key OR b.key = $key) AND ($from <> $to OR a.key < b.key)
RETURN {key: a.key, label: $from, name: a.name} AS from,
       {key: b.key, label: $to, name: b.name} AS to,
       CASE WHEN via IS NULL THEN null
            ELSE {key: via.key, label: [l IN labels(via) WHERE l <> 'Entity'][0], name: via.name} END AS via,
       [r IN rels | type(r)] AS path,
       [r IN rels | {source: startNode(r).key, target: endNode(r).key, type: type(r), properties: properties(r)}] AS steps
ORDER BY size(rels), from.name, to.name, via.name
LIMIT $limit;
