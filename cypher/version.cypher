// The graph version: one GraphVersion node whose `version` every write of the application changes
// in the transaction of the write (GraphWriter, the curator, the bulk loader), so that a reader can
// tell with one index seek whether the graph changed since it cached something derived from it
// (LinkQueries caches the members of a city). A fresh random value rather than a counter, so that a
// store emptied and written again never repeats a version. It lives in the database, so it also
// counts the writes of other processes on an external database.

// :name bump
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID();

// :name read
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version;
