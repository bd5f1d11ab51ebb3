// The organisation graph that network analytics runs on (GET /api/analytics/central and
// /api/analytics/communities): organisations as nodes, every relationship between two of them
// (any type but MENTIONED_IN, either direction) as one undirected link.

// :name organisations
MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name
ORDER BY key;

// :name organisation-links
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) <> 'MENTIONED_IN' AND a <> b
  AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
RETURN DISTINCT a.key AS source, b.key AS target
ORDER BY source, target;
