// Conflicts and time (GET /api/conflicts, GET /api/timeline). What each document said about an
// entity is kept on its MENTIONED_IN edge (`asserts` names the properties, their values are under
// the same names, `factSentence`/`factStart`/`factEnd` the sentence, `date` the fact's date); what
// it said about a relationship is an evidence item of the relationship, dated in `evidenceDates`.
// $key is an entity key or null for all.

// :name property-conflicts
// Documents that give an entity different values of one fact (a fund's size, date or status).
MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
WHERE ($key IS NULL OR e.key = $key) AND m.asserts IS NOT NULL
UNWIND [p IN m.asserts WHERE p IN ['sizeCny', 'established', 'status']] AS fact
WITH e, fact, m, d
ORDER BY d.fileName
WITH e, fact, collect({value: m[fact], key: e.key, document: d.fileName, date: m.date,
                       sentence: m.factSentence, start: m.factStart, end: m.factEnd}) AS claims
WHERE size(COLLECT { UNWIND claims AS c RETURN DISTINCT c.value }) > 1
RETURN {key: e.key, label: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name} AS entity, fact, claims
ORDER BY entity.key, fact
LIMIT $limit;

// :name manager-conflicts
// Funds whose manager differs between documents: two managers, stated in two documents.
MATCH (manager:Entity)-[r:MANAGES]->(f:Fund)
WHERE $key IS NULL OR f.key = $key
UNWIND range(0, size(r.evidenceDocuments) - 1) AS i
WITH f, manager, r, i
ORDER BY r.evidenceDocuments[i], manager.key
WITH f, collect({value: manager.name, key: manager.key, document: r.evidenceDocuments[i],
                 date: CASE WHEN coalesce(r.evidenceDates[i], '') <> '' THEN r.evidenceDates[i] END,
                 sentence: r.evidenceSentences[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i]}) AS claims
WHERE size(COLLECT { UNWIND claims AS c RETURN DISTINCT c.key }) > 1
  AND size(COLLECT { UNWIND claims AS c RETURN DISTINCT c.document }) > 1
RETURN {key: f.key, label: 'Fund', name: f.name} AS entity, 'manager' AS fact, claims
ORDER BY entity.key
LIMIT $limit;

// :name label-conflicts
// One name that documents give different labels (Enterprise:X in one, ResearchInstitute:X in another).
MATCH (e:Entity)
WITH e.name AS name, collect(e) AS entities
WHERE size(entities) > 1 AND ($key IS NULL OR any(x IN entities WHERE x.key = $key))
UNWIND entities AS e
MATCH (e)-[:MENTIONED_IN]->(d:Document)
WITH name, e, d
ORDER BY e.key, d.fileName
WITH name, collect({value: [l IN labels(e) WHERE l <> 'Entity'][0], key: e.key, document: d.fileName,
                    date: d.date}) AS claims
WHERE size(COLLECT { UNWIND claims AS c RETURN DISTINCT c.key }) > 1
RETURN {key: claims[0].key, label: claims[0].value, name: name} AS entity, 'label' AS fact, claims
ORDER BY entity.key
LIMIT $limit;

// :name timeline
// Every fact stated about the entity, by the date of the fact (undated ones last): each evidence
// item of its relationships, and each property a document states in a sentence.
MATCH (e:Entity {key: $key})
CALL (e) {
  MATCH (e)-[r]-(other)
  WHERE type(r) <> 'MENTIONED_IN'
  UNWIND range(0, size(coalesce(r.evidenceDocuments, [])) - 1) AS i
  RETURN CASE WHEN coalesce(r.evidenceDates[i], '') <> '' THEN r.evidenceDates[i] END AS date,
         type(r) AS fact, startNode(r).key AS source, endNode(r).key AS target,
         {key: other.key, label: [l IN labels(other) WHERE l <> 'Entity'][0],
          name: coalesce(other.name, other.title, other.fileName)} AS other,
         null AS value, r.evidenceDocuments[i] AS document, r.evidenceSentences[i] AS sentence,
         r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
  UNION ALL
  MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  WHERE m.factSentence IS NOT NULL
  UNWIND coalesce(m.asserts, []) AS property
  RETURN m.date AS date, property AS fact, null AS source, null AS target, null AS other, m[property] AS value,
         d.fileName AS document, m.factSentence AS sentence, m.factStart AS start, m.factEnd AS end
}
RETURN date, fact, source, target, other, value, document, sentence, start, end
ORDER BY date IS NULL, date, document, start, fact, source, target
LIMIT $limit;
