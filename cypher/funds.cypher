// Funds whose TARGETS reach an industry (GET /api/funds, DESIGN.md §7 question 2).

// :name industry
// The Industry of a name or alias, looked up in the keyword index lookup_names (schema.cypher): the
// query is $name as one quoted term, with `"` and `\` escaped.
CALL db.index.fulltext.queryNodes('lookup_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS i
WITH i
WHERE i:Industry AND (i.name = $name OR $name IN coalesce(i.aliases, []))
RETURN i.key AS key
ORDER BY i.name = $name DESC, i.mentionCount DESC
LIMIT 1;

// :name funds
// A fund matches directly (it TARGETS the industry), narrower (it TARGETS an industry PART_OF* the
// asked one) or broader (it TARGETS an industry the asked one is PART_OF*). `via` runs from the
// industry the fund targets to the asked one. Each fund keeps its best match, then the shortest.
MATCH (asked:Industry {key: $industryKey})
CALL (asked) {
  MATCH (fund:Fund)-[targets:TARGETS]->(asked)
  RETURN fund, targets, 'direct' AS match, 0 AS rank, [asked.name] AS via
  UNION
  MATCH p = (fund:Fund)-[targets:TARGETS]->(:Industry)-[:PART_OF*1..6]->(asked)
  RETURN fund, targets, 'narrower' AS match, 1 AS rank, [n IN nodes(p) WHERE n:Industry | n.name] AS via
  UNION
  MATCH p = (asked)-[:PART_OF*1..6]->(:Industry)<-[targets:TARGETS]-(fund:Fund)
  RETURN fund, targets, 'broader' AS match, 2 AS rank, reverse([n IN nodes(p) WHERE n:Industry | n.name]) AS via
}
WITH fund, targets, match, via ORDER BY rank, size(via)
WITH fund, collect({targets: targets, match: match, via: via})[0] AS best
// The answer's funds are chosen before their city, manager and evidence are read, so those are read
// for $limit funds, not for every fund that matches.
ORDER BY fund.sizeCny IS NULL, fund.sizeCny DESC, fund.name
LIMIT $limit
RETURN fund.key AS key,
       fund.name AS name,
       coalesce(fund.aliases, []) AS aliases,
       best.match AS match,
       best.via AS via,
       fund.sizeCny AS sizeCny,
       fund.sizeText AS sizeText,
       fund.sizeQualifier AS sizeQualifier,
       fund.established AS established,
       fund.status AS status,
       COLLECT { MATCH (city:City)-[:HOSTS]->(fund)
                 RETURN {key: city.key, label: 'City', name: city.name} ORDER BY city.mentionCount DESC }[0] AS city,
       COLLECT { MATCH (manager:Enterprise)-[:MANAGES]->(fund)
                 RETURN {key: manager.key, label: 'Enterprise', name: manager.name} ORDER BY manager.mentionCount DESC }[0] AS manager,
       properties(best.targets) AS targets
ORDER BY sizeCny IS NULL, sizeCny DESC, name
LIMIT $limit;
