// Search over entity names and aliases (GET /api/search). $query is a Lucene query built from the
// user's text with every special character escaped; $label is an ontology label or null.

// :name search
// Ranked full-text search over the cjk-analysed index entity_names (character bigrams).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.key AS key,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS label,
       node.name AS name,
       coalesce(node.aliases, []) AS aliases,
       score
ORDER BY score DESC, size(name), key
LIMIT $limit;

// :name search-contains
// One character has no bigram: names and aliases that contain it, exact and short names first.
MATCH (node:Entity)
WHERE ($label IS NULL OR $label IN labels(node))
  AND (node.name CONTAINS $text OR any(alias IN coalesce(node.aliases, []) WHERE alias CONTAINS $text))
WITH node,
     CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 1.0
          ELSE toFloat(size($text)) / size(node.name) END AS score
RETURN node.key AS key,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS label,
       node.name AS name,
       coalesce(node.aliases, []) AS aliases,
       score
ORDER BY score DESC, size(name), key
LIMIT $limit;
