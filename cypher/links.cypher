// How two cities are linked (GET /api/links, DESIGN.md §7 question 3): every edge that joins an
// entity of or in city A with one of or in city B, as a subgraph (see subgraph.cypher for nodes).
// LinkQueries runs `city` for each name, `members` and `member-edges` for a city whose members it
// does not hold at the current graph version, then `links` and subgraph.cypher's `nodes`.

// :name city
// The City of a name or alias (深圳 finds 深圳市), looked up in the keyword index lookup_names
// (schema.cypher): the query is $name as one quoted term, with `"` and `\` escaped.
CALL db.index.fulltext.queryNodes('lookup_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS c
WITH c
WHERE c:City AND (c.name = $name OR $name IN coalesce(c.aliases, []))
RETURN c.key AS key, 'City' AS label, c.name AS name
ORDER BY c.name = $name DESC, c.mentionCount DESC
LIMIT 1;

// :name members
// What is of or in a city: the City, the places PART_OF* it, what those places HOST (also inside
// a hosted park), the agencies PART_OF them, and entities (not cities or industries) whose
// canonical name holds the city's name or a short name of it (深圳市…, 深圳…, …（中山）…); those are
// found through the cjk full-text index entity_names (a phrase query per name on the `name` field,
// `"` and `\` escaped), then checked with CONTAINS, instead of by scanning every entity. Each member
// comes with its element id, its key and its degree in the types that `member-edges` reads (every
// type but MENTIONED_IN); LinkQueries keeps the members of a city until the graph version
// (version.cypher) changes.
MATCH (city:City {key: $key})
CALL (city) {
  MATCH (place:City)-[:PART_OF*0..4]->(city)
  RETURN place AS member
  UNION
  MATCH (place:City)-[:PART_OF*0..4]->(city), (place)-[:HOSTS]->(member:Entity)
  WHERE NOT member:City
  RETURN member
  UNION
  MATCH (place:City)-[:PART_OF*0..4]->(city), (place)-[:HOSTS]->(:Park)-[:HOSTS]->(member:Entity)
  WHERE NOT member:City
  RETURN member
  UNION
  MATCH (member:GovernmentAgency)-[:PART_OF]->(:City)-[:PART_OF*0..4]->(city)
  RETURN member
  UNION
  WITH city, [name IN [city.name] + coalesce(city.aliases, []) WHERE size(name) >= 2] AS names
  WHERE size(names) > 0
  CALL db.index.fulltext.queryNodes('entity_names', reduce(query = '', name IN names |
      query + ' name:"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"')) YIELD node AS member
  WITH member, names
  WHERE NOT member:City AND NOT member:Industry AND any(name IN names WHERE member.name CONTAINS name)
  RETURN member
}
WITH DISTINCT member
LIMIT $limit
RETURN elementId(member) AS id, member.key AS key,
       COUNT { (member)-[:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-() } AS degree;

// :name member-edges
// The edges of $ids (the element ids of one city's members) in the types of `members`' degree, each
// as the element id of the relationship and of the node at its other end, with its type and the keys
// of its source and target. LinkQueries keeps them with the members, until the graph version changes,
// and finds the edges between two cities by looking up the other ends of one city's edges among the
// other city's members (every edge between them is found from either side, so it takes the city whose
// members have fewer edges); it orders them by type, source and target itself, so that an ask reads
// only the edges of its answer.
UNWIND $ids AS id
MATCH (a) WHERE elementId(a) = id
CALL (a) {
  MATCH (a)-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(b)
  WHERE a <> b
  RETURN elementId(r) AS edge, elementId(b) AS other, type(r) AS type, startNode(r).key AS source,
         endNode(r).key AS target
}
RETURN edge, other, type, source, target;

// :name links
// The edges of $ids (relationship element ids: the first $limit of those that join a member of one
// city with a member of the other, in the order of type, source and target), in that order, each with
// its first $evidenceLimit evidence items and `evidenceCount` (as subgraph.cypher's edges-among).
UNWIND range(0, size($ids) - 1) AS i
MATCH ()-[r]->() WHERE elementId(r) = $ids[i]
RETURN startNode(r).key AS source, endNode(r).key AS target, type(r) AS type,
       r {.*, evidenceDocuments: r.evidenceDocuments[..$evidenceLimit],
            evidenceSentences: r.evidenceSentences[..$evidenceLimit], evidenceStarts: r.evidenceStarts[..$evidenceLimit],
            evidenceEnds: r.evidenceEnds[..$evidenceLimit], evidenceDates: r.evidenceDates[..$evidenceLimit]} AS properties,
       size(r.evidenceDocuments) AS evidenceCount
ORDER BY i;
