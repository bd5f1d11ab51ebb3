// Counts for GET /api/stats.

// :name label-counts
MATCH (n)
UNWIND labels(n) AS label
WITH label, count(*) AS count WHERE label <> 'Entity' AND label <> 'GraphVersion'
RETURN label, count ORDER BY label;

// :name relationship-counts
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count ORDER BY type;

// :name last-extraction
MATCH (d:Document)
RETURN count(d) AS documents, max(d.extractedAt) AS lastExtraction;

// :name documents
MATCH (d:Document)
RETURN d.fileName AS fileName, d.title AS title, d.docNumber AS docNumber, d.issuer AS issuer,
       d.date AS date, d.sha256 AS sha256, d.characters AS characters, d.extractedAt AS extractedAt,
       COUNT { (d)<-[:MENTIONED_IN]-() } AS entities
ORDER BY fileName;
