// Paths of length 1 or 2 between entities of two labels (GET /api/relationships, DESIGN.md §7
// question 1), in any direction, through any one intermediate node but a Document. $from and $to
// are ontology labels. With $from = $to each pair is listed once. Direct edges come first: the
// service runs `direct`, then `two-step` for what is left of $limit, once for each group of labels
// of the node in the middle ($vias): through an organisation first (a fund, a joint lab, a company
// both work with), then through a park, then through a place, an industry, an agency or a policy,
// which say less about who works with whom.
//
// Without a key the `from` ends are walked in the order of their keys (`Label:name`, so in name
// order): the range seek on the key prefix of the entity_key index yields them sorted, so LIMIT
// stops the walk after the first rows instead of enumerating and sorting every path between the
// two labels. With $key (one of the two ends), the walk starts from that entity's index seek.
// The relationship types are spelled out: all but MENTIONED_IN.

// :name direct
MATCH (a:Entity)
WHERE a.key STARTS WITH $from + ':' AND $from IN labels(a)
MATCH (a)-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(b:Entity)
WHERE $to IN labels(b) AND a <> b AND ($from <> $to OR a.key < b.key)
RETURN {key: a.key, label: $from, name: a.name} AS from,
       {key: b.key, label: $to, name: b.name} AS to,
       null AS via,
       [type(r)] AS path,
       [{source: startNode(r).key, target: endNode(r).key, type: type(r), properties: properties(r)}] AS steps
ORDER BY a.key, b.key
LIMIT $limit;

// :name two-step
// One path for each pair that `direct` or an earlier group did not answer ($seen: 'fromKey toKey'), through the
// middle node first in name order: a pair is one row however many nodes it shares.
MATCH (a:Entity)
WHERE a.key STARTS WITH $from + ':' AND $from IN labels(a)
CALL (a) {
  MATCH (a)-[r1:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(via)-[r2:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(b:Entity)
  WHERE NOT via:Document AND [l IN labels(via) WHERE l <> 'Entity'][0] IN $vias
    AND $to IN labels(b) AND a <> b AND ($from <> $to OR a.key < b.key)
    AND NOT a.key + ' ' + b.key IN $seen
  WITH b, collect([via, r1, r2]) AS ways
  WITH b, reduce(first = head(ways), way IN tail(ways) | CASE WHEN way[0].name < first[0].name THEN way ELSE first END) AS first
  RETURN b, first[0] AS via, first[1] AS r1, first[2] AS r2
}
RETURN {key: a.key, label: $from, name: a.name} AS from,
       {key: b.key, label: $to, name: b.name} AS to,
       {key: via.key, label: [l IN labels(via) WHERE l <> 'Entity'][0], name: via.name} AS via,
       [type(r1), type(r2)] AS path,
       [r IN [r1, r2] | {source: startNode(r).key, target: endNode(r).key, type: type(r), properties: properties(r)}] AS steps
ORDER BY a.key, b.key
LIMIT $limit;

// :name direct-of
// The direct edges of the entity $key, which is the `from` or the `to` end (or both, with $from = $to).
MATCH (k:Entity {key: $key})-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(other:Entity)
WHERE k <> other
UNWIND [[k, other], [other, k]] AS ends
WITH ends[0] AS a, ends[1] AS b, r
WHERE $from IN labels(a) AND $to IN labels(b) AND ($from <> $to OR a.key < b.key)
RETURN DISTINCT {key: a.key, label: $from, name: a.name} AS from,
       {key: b.key, label: $to, name: b.name} AS to,
       null AS via,
       [type(r)] AS path,
       [{source: startNode(r).key, target: endNode(r).key, type: type(r), properties: properties(r)}] AS steps
ORDER BY from.name, to.name
LIMIT $limit;

// :name two-step-of
// The two-edge paths of the entity $key, which is the `from` or the `to` end; `path` and `steps`
// run from the `from` end.
MATCH (k:Entity {key: $key})-[r1:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(via)-[r2:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(other:Entity)
WHERE NOT via:Document AND [l IN labels(via) WHERE l <> 'Entity'][0] IN $vias AND k <> other
UNWIND [[k, other, [r1, r2]], [other, k, [r2, r1]]] AS ends
WITH ends[0] AS a, ends[1] AS b, ends[2] AS rels, via
WHERE $from IN labels(a) AND $to IN labels(b) AND ($from <> $to OR a.key < b.key)
RETURN DISTINCT {key: a.key, label: $from, name: a.name} AS from,
       {key: b.key, label: $to, name: b.name} AS to,
       {key: via.key, label: [l IN labels(via) WHERE l <> 'Entity'][0], name: via.name} AS via,
       [r IN rels | type(r)] AS path,
       [r IN rels | {source: startNode(r).key, target: endNode(r).key, type: type(r), properties: properties(r)}] AS steps
ORDER BY from.name, to.name, via.name
LIMIT $limit;
