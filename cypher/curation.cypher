// Curation operations (docs/curation.md), run by curation/Curator after every extraction and at
// start-up, in the order of the curation file. Each statement is idempotent: run twice, it changes
// nothing the second time. Sections start with `// :name <id>`; parameters are always bound.

// :name entity
// An entity's label and properties, or no row.
MATCH (e:Entity {key: $key})
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, properties(e) AS properties;

// :name edge-count
// How many edges of the type join the two entities (either direction for PARTNERS_WITH).
MATCH (a:Entity {key: $source})-[r:$($type)]-(b:Entity {key: $target})
WHERE startNode(r) = a OR $type = 'PARTNERS_WITH'
RETURN count(r) AS edges;

// :name rekey
// Gives an entity another key, name and label (a rename, a relabel, or a merge into an entity that
// is not there); the old name becomes an alias.
MATCH (e:Entity {key: $from})
WITH e, e.name AS oldName, [l IN labels(e) WHERE l <> 'Entity'] AS oldLabels
REMOVE e:$(oldLabels)
SET e:$($label)
SET e.key = $into, e.name = $name,
    e.aliases = [a IN coalesce(e.aliases, []) + oldName WHERE a <> $name | a],
    e.curation = coalesce(e.curation, []) + [c IN [$mark] WHERE NOT c IN coalesce(e.curation, [])];

// :name move-edges
// Moves every edge of `from` (but MENTIONED_IN, and those to `into`) onto `into`, keeping the
// direction; an edge `into` already has of the same type to the same node gains the evidence
// items it lacks, and the method and confidence of the more confident one. PARTNERS_WITH is
// symmetric: one in either direction counts. Each type of the ontology (the only ones the application writes) has
// its own MERGE: a MERGE of a dynamic type scans every relationship of the graph in Neo4j 5.
MATCH (a:Entity {key: $from})-[r]-(x), (b:Entity {key: $into})
WHERE type(r) <> 'MENTIONED_IN' AND x <> b AND x <> a
WITH a, b, x, r, type(r) AS t, startNode(r) = a AS out, properties(r) AS pr
CALL (b, x, t, out) {
  WITH b, x, t, out
  WHERE t = 'PARTNERS_WITH' AND EXISTS { (b)-[:PARTNERS_WITH]-(x) }
  MATCH (b)-[s:PARTNERS_WITH]-(x)
  RETURN s LIMIT 1
  UNION
  WITH b, x, t, out
  WHERE NOT (t = 'PARTNERS_WITH' AND EXISTS { (b)-[:PARTNERS_WITH]-(x) })
  WITH t, CASE WHEN out THEN b ELSE x END AS p, CASE WHEN out THEN x ELSE b END AS q
  CALL (p, q, t) {
    WITH * WHERE t = 'FUNDS'
    MERGE (p)-[s:FUNDS]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'MANAGES'
    MERGE (p)-[s:MANAGES]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'TARGETS'
    MERGE (p)-[s:TARGETS]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'HOSTS'
    MERGE (p)-[s:HOSTS]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'PARTNERS_WITH'
    MERGE (p)-[s:PARTNERS_WITH]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'FOUNDED'
    MERGE (p)-[s:FOUNDED]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'SUPPORTS'
    MERGE (p)-[s:SUPPORTS]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'ISSUES'
    MERGE (p)-[s:ISSUES]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'PART_OF'
    MERGE (p)-[s:PART_OF]->(q)
    RETURN s
    UNION ALL
    WITH * WHERE t = 'IN_INDUSTRY'
    MERGE (p)-[s:IN_INDUSTRY]->(q)
    RETURN s
  }
  RETURN s
}
WITH r, s, pr, properties(s) AS ps,
     coalesce(pr.evidenceDocuments, []) AS rd, coalesce(properties(s).evidenceDocuments, []) AS sd
WITH r, s, pr, ps, rd, sd,
     [i IN range(0, size(rd) - 1)
      WHERE NOT any(j IN range(0, size(sd) - 1)
                    WHERE sd[j] = rd[i] AND ps.evidenceStarts[j] = pr.evidenceStarts[i]
                      AND ps.evidenceEnds[j] = pr.evidenceEnds[i])] AS missing
SET s += pr
SET s += ps
SET s.evidenceDocuments = sd + [i IN missing | rd[i]],
    s.evidenceSentences = coalesce(ps.evidenceSentences, []) + [i IN missing | pr.evidenceSentences[i]],
    s.evidenceStarts = coalesce(ps.evidenceStarts, []) + [i IN missing | pr.evidenceStarts[i]],
    s.evidenceEnds = coalesce(ps.evidenceEnds, []) + [i IN missing | pr.evidenceEnds[i]]
FOREACH (_ IN CASE WHEN coalesce(pr.confidence, 0) > coalesce(ps.confidence, 0) THEN [1] ELSE [] END |
  SET s.method = pr.method, s.confidence = pr.confidence)
DELETE r
RETURN count(*) AS moved;

// :name move-mentions
MATCH (a:Entity {key: $from})-[m:MENTIONED_IN]->(d:Document), (b:Entity {key: $into})
MERGE (b)-[n:MENTIONED_IN]->(d)
SET n.count = coalesce(n.count, 0) + coalesce(m.count, 0)
DELETE m;

// :name absorb
// Ends a merge: `into` takes the name and aliases of `from` as aliases and the properties it lacks,
// and `from` goes with what is left of its edges (those between the two).
MATCH (a:Entity {key: $from}), (b:Entity {key: $into})
SET b += $properties
SET b.aliases = reduce(acc = coalesce(b.aliases, []), x IN [a.name] + coalesce(a.aliases, []) |
                       CASE WHEN x IN acc OR x = b.name THEN acc ELSE acc + x END),
    b.curation = reduce(acc = coalesce(b.curation, []), c IN coalesce(a.curation, []) + $mark |
                        CASE WHEN c IN acc THEN acc ELSE acc + c END),
    b.mentionCount = COALESCE(COLLECT { MATCH (b)-[m:MENTIONED_IN]->() RETURN sum(m.count) }[0], 0)
DETACH DELETE a;

// :name reject-entity
MATCH (e:Entity {key: $key})
DETACH DELETE e
RETURN count(*) AS removed;

// :name reject-edge
// PARTNERS_WITH is symmetric: rejecting it removes it in either direction.
MATCH (a:Entity {key: $source})-[r:$($type)]-(b:Entity {key: $target})
WHERE startNode(r) = a OR $type = 'PARTNERS_WITH'
DELETE r
RETURN count(*) AS removed;

// :name add-edge
// A person's edge: method "curation", confidence 1, the note as its one evidence item from the
// pseudo-document "curation". An edge the extraction also found keeps its evidence and gains this item.
// A PARTNERS_WITH stored the other way round is the same edge. $type is one of the ontology's (checked when the
// file is read), each merged in its own branch, not by a MERGE of a dynamic type, which scans every relationship.
MATCH (a:Entity {key: $source}), (b:Entity {key: $target})
OPTIONAL MATCH (b)-[reverse:PARTNERS_WITH]->(a) WHERE $type = 'PARTNERS_WITH'
WITH CASE WHEN reverse IS NULL THEN a ELSE b END AS start, CASE WHEN reverse IS NULL THEN b ELSE a END AS end
CALL (start, end) {
  WITH * WHERE $type = 'FUNDS'
  MERGE (start)-[s:FUNDS]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'MANAGES'
  MERGE (start)-[s:MANAGES]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'TARGETS'
  MERGE (start)-[s:TARGETS]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'HOSTS'
  MERGE (start)-[s:HOSTS]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'PARTNERS_WITH'
  MERGE (start)-[s:PARTNERS_WITH]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'FOUNDED'
  MERGE (start)-[s:FOUNDED]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'SUPPORTS'
  MERGE (start)-[s:SUPPORTS]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'ISSUES'
  MERGE (start)-[s:ISSUES]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'PART_OF'
  MERGE (start)-[s:PART_OF]->(end)
  RETURN s
  UNION ALL
  WITH * WHERE $type = 'IN_INDUSTRY'
  MERGE (start)-[s:IN_INDUSTRY]->(end)
  RETURN s
}
WITH s AS r
SET r.evidenceDocuments = coalesce(r.evidenceDocuments, []), r.evidenceSentences = coalesce(r.evidenceSentences, []),
    r.evidenceStarts = coalesce(r.evidenceStarts, []), r.evidenceEnds = coalesce(r.evidenceEnds, [])
WITH r, any(i IN range(0, size(r.evidenceDocuments) - 1)
            WHERE r.evidenceDocuments[i] = $document AND r.evidenceSentences[i] = $note) AS known
FOREACH (_ IN CASE WHEN known THEN [] ELSE [1] END |
  SET r.evidenceDocuments = r.evidenceDocuments + $document,
      r.evidenceSentences = r.evidenceSentences + $note,
      r.evidenceStarts = r.evidenceStarts + 0,
      r.evidenceEnds = r.evidenceEnds + 0)
SET r.method = 'curation', r.confidence = 1.0, r.note = $note, r.reference = $reference
RETURN CASE WHEN known THEN 0 ELSE 1 END AS added;

// :name entities-for-suggestions
// Every entity with its label, name, aliases and mention count, for `./kg curate --suggest`.
MATCH (e:Entity)
RETURN e.key AS key, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name,
       coalesce(e.aliases, []) AS aliases, coalesce(e.mentionCount, 0) AS mentions
ORDER BY key;
