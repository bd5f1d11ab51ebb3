// Statements of the BulkLoader, which writes a whole graph computed beforehand (./kg synth --graph)
// into an empty store in batches: the nodes and edges of docs/design.md with their final values
// (aliases, mentionCount, evidence lists), so nothing is merged or recomputed. Sections start with
// `// :name <id>`; parameters are always bound.

// :name entity-count
MATCH (e:Entity)
RETURN count(e) AS entities;

// :name documents
UNWIND $rows AS row
CREATE (d:Document)
SET d = row;

// :name entities
UNWIND $rows AS row
CREATE (e:Entity:$(row.label))
SET e = row.properties;

// :name mentions
UNWIND $rows AS row
MATCH (e:Entity {key: row.entity})
MATCH (d:Document {key: row.document})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.claim;

// :name relationships
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties;

// :name counts
// Nodes (but the GraphVersion node of version.cypher) and relationships, from the count store.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (v:GraphVersion) RETURN count(v) AS versions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - versions AS nodes, relationships;
