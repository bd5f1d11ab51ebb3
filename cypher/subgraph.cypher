// Building blocks of the subgraph answers (neighbourhood, path, links, overview) in the export format
// of DESIGN.md §6. Document nodes and MENTIONED_IN are left out of these subgraphs.

// :name subgraph
// The relationships of $edges (element ids: the links question passes those of its answer, the other
// answers none) and the entities of $keys and of $ids (element ids: the links question knows those of
// its edges' ends), in one row: one Bolt record instead of one per node and edge, which at the size of
// a links answer (500 edges, some 900 nodes) is a quarter of the cost of reading them.
// `edges`, in the order of $edges: each with `i`, its index in $edges (the caller knows its type and
// ends), and its properties with its first $evidenceLimit evidence items and `evidenceCount`, how many
// it has (as edges-among, whose note on reading the properties once holds here too).
// `nodes`, in the order of label and key: each with its label, its properties (key, name and aliases
// among them), at most $documentLimit file names of the documents that mention it and `documentCount`,
// how many there are (DESIGN.md, graph.json in subgraph answers): a city that thousands of documents
// mention would otherwise make most of the answer. The count comes from the degree store and the names
// in the order the store keeps the MENTIONED_IN edges, so only $documentLimit of them are read (sorting
// them by name would read them all: 68,000 database hits for the busiest neighbourhood at 1M
// relationships). MENTIONED_IN always ends at a Document, so the label is not checked.
CALL () {
  UNWIND range(0, size($edges) - 1) AS i
  MATCH ()-[r]->() WHERE elementId(r) = $edges[i]
  WITH i, properties(r) AS p
  ORDER BY i
  RETURN collect({i: i,
                  properties: p {.*, evidenceDocuments: p.evidenceDocuments[..$evidenceLimit],
                      evidenceSentences: p.evidenceSentences[..$evidenceLimit], evidenceStarts: p.evidenceStarts[..$evidenceLimit],
                      evidenceEnds: p.evidenceEnds[..$evidenceLimit], evidenceDates: p.evidenceDates[..$evidenceLimit]},
                  evidenceCount: size(p.evidenceDocuments)}) AS edges
}
CALL () {
  CALL () {
    UNWIND $keys AS key
    MATCH (n:Entity {key: key})
    RETURN n
    UNION
    UNWIND $ids AS id
    MATCH (n:Entity) WHERE elementId(n) = id
    RETURN n
  }
  WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
  ORDER BY label, n.key
  RETURN collect({label: label, properties: properties(n),
                  documents: COLLECT { MATCH (n)-[:MENTIONED_IN]->(d) RETURN d.fileName LIMIT $documentLimit },
                  documentCount: COUNT { (n)-[:MENTIONED_IN]->() }}) AS nodes
}
RETURN edges, nodes;

// :name edges-among
// Every edge whose both ends are among $keys (the types are all but MENTIONED_IN), each with its first
// $evidenceLimit evidence items and `evidenceCount`, how many it has (docs/design.md, subgraph answers).
// The other end of each expanded edge is checked against the nodes of $keys, not by its key: the 100
// nodes of the busiest neighbourhood at 1M relationships have some 7,000 edges, whose ends' keys would
// all be read for the 99 that join two of them. An edge's properties are read once, with properties(r):
// its evidence lists are read whole from the store (up to 83 sentences an edge at the hub), and
// `r {.*, evidenceSentences: r.evidenceSentences[..n], ...}` read each of them twice.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH collect(n) AS nodes
UNWIND nodes AS a
MATCH (a)-[r:FUNDS|MANAGES|TARGETS|HOSTS|PARTNERS_WITH|FOUNDED|SUPPORTS|ISSUES|PART_OF|IN_INDUSTRY]->(b)
WHERE b IN nodes
WITH a.key AS source, b.key AS target, type(r) AS type, r
ORDER BY type, source, target
LIMIT $limit
WITH source, target, type, properties(r) AS p
RETURN source, target, type, p {.*, evidenceDocuments: p.evidenceDocuments[..$evidenceLimit],
            evidenceSentences: p.evidenceSentences[..$evidenceLimit], evidenceStarts: p.evidenceStarts[..$evidenceLimit],
            evidenceEnds: p.evidenceEnds[..$evidenceLimit], evidenceDates: p.evidenceDates[..$evidenceLimit]} AS properties,
       size(p.evidenceDocuments) AS evidenceCount;

// :name overview
// The $limit entities that documents mention most (GET /api/graph/overview, the web page's first
// view): a range seek of the entity_mention_count index read in descending order, so only those
// are read, whatever the size of the graph.
MATCH (n:Entity)
WHERE n.mentionCount >= 0
RETURN n.key AS key
ORDER BY n.mentionCount DESC
LIMIT $limit;

// :name entity-count
// How many entities there are (from the count store, not by reading them).
MATCH (n:Entity)
RETURN count(n) AS entities;
