// How two cities are linked (GET /api/links, DESIGN.md §7 question 3): every edge that joins an
// entity of or in city A with one of or in city B, as a subgraph (see subgraph.cypher for nodes).
// LinkQueries runs, in one read transaction, `cities` for the two names, `members` and `member-edges`
// for a city whose members it does not hold at the current graph version, then subgraph.cypher's
// `subgraph` for the edges of the answer (the first $limit of those that join a member of one city
// with a member of the other, in the order of type, source and target) and their ends.

// :name cities
// The graph version (as version.cypher's `read`) and the City of each name or alias of $names (深圳
// finds 深圳市), looked up in the keyword index lookup_names (schema.cypher): the query is the name as
// one quoted term, with `"` and `\` escaped. One row for each name that a city has, `i` its index in
// $names: an ask reads both cities and the version in one statement before the edges.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.version AS version
UNWIND range(0, size($names) - 1) AS i
WITH version, i, $names[i] AS name
CALL (name) {
  CALL db.index.fulltext.queryNodes('lookup_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS c
  WITH c
  WHERE c:City AND (c.name = name OR name IN coalesce(c.aliases, []))
  RETURN c
  ORDER BY c.name = name DESC, c.mentionCount DESC
  LIMIT 1
}
RETURN version, i, c.key AS key, 'City' AS label, c.name AS name;

// :name members
// What is of or in a city: the City, the places PART_OF* it, what those places HOST (also inside
// a hosted park), the agencies PART_OF them, the parks PART_OF them (a zone of the city: 某高新区)
// with what those HOST (also inside a park they host) and the agencies PART_OF those parks, and
// entities (not cities or industries) whose canonical name holds the city's name or a short name of it (深圳市…, 深圳…, …（中山）…;
// the name without 市 is one, written or not),
// or the short name of one of its places (a district, county or town without 区, 县, 镇 and the city's name: 南山…, 坦洲…;
// a park co-built by places of two cities, 南山—坦洲协作园, is of both), and what a member FOUNDED (its
// subsidiary in another city, a park, platform or fund it co-built with the other city: of both); the named are
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
  MATCH (place:City)-[:PART_OF*0..4]->(city), (zone:Park)-[:PART_OF]->(place), (zone)-[:HOSTS*0..2]->(member:Entity)
  WHERE NOT member:City
  RETURN member
  UNION
  MATCH (member:GovernmentAgency)-[:PART_OF]->(:Park)-[:PART_OF]->(:City)-[:PART_OF*0..4]->(city)
  RETURN member
  UNION
  MATCH (place:City)-[:PART_OF*0..4]->(city)
  WITH city, reduce(written = [], p IN collect(DISTINCT place) | written + [p.name] + coalesce(p.aliases, [])) AS written
  WITH city, [w IN written WHERE w STARTS WITH city.name AND size(w) > size(city.name) | substring(w, size(city.name))]
      + [w IN written WHERE NOT w STARTS WITH city.name] AS placed
  WITH city, [w IN placed WHERE w ENDS WITH '区' OR w ENDS WITH '镇' OR w ENDS WITH '县' | left(w, size(w) - 1)] AS short
  WITH city, short, CASE WHEN city.name ENDS WITH '市' THEN [left(city.name, size(city.name) - 1)] ELSE [] END AS bare
  WITH [name IN [city.name] + bare + coalesce(city.aliases, []) + short WHERE size(name) >= 2] AS forms
  WITH reduce(names = [], name IN forms | CASE WHEN name IN names THEN names ELSE names + [name] END) AS names
  WHERE size(names) > 0
  CALL db.index.fulltext.queryNodes('entity_names', reduce(query = '', name IN names |
      query + ' name:"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"')) YIELD node AS member
  WITH member, names
  WHERE NOT member:City AND NOT member:Industry AND any(name IN names WHERE member.name CONTAINS name)
  RETURN member
}
WITH DISTINCT member
LIMIT $limit
WITH collect(member) AS base
CALL (base) {
  UNWIND base AS founder
  MATCH (founder)-[:FOUNDED]->(founded:Entity)
  WHERE NOT founded:City AND NOT founded:Industry
  RETURN collect(DISTINCT founded) AS founded
}
UNWIND base + founded AS member
WITH DISTINCT member
LIMIT $limit
RETURN elementId(member) AS id, member.key AS key,
       COUNT { (member)-[:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-() } AS degree;

// :name member-edges
// The edges of $ids (the element ids of one city's members) in the types of `members`' degree, each
// as the element id of the relationship, of the member and of the node at its other end, with its type
// and the keys of its source and target. LinkQueries keeps them with the members, until the graph
// version changes, and finds the edges between two cities by looking up the other ends of one city's
// edges among the other city's members (every edge between them is found from either side, so it takes
// the city whose members have fewer edges); it orders them by type, source and target itself, so that
// an ask reads only the edges of its answer, and their ends by element id, without reading their types
// and keys again.
UNWIND $ids AS id
MATCH (a) WHERE elementId(a) = id
CALL (a) {
  MATCH (a)-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]-(b)
  WHERE a <> b
  RETURN elementId(r) AS edge, elementId(b) AS other, type(r) AS type, startNode(r).key AS source,
         endNode(r).key AS target
}
RETURN edge, id AS member, other, type, source, target;
