// Schema of the industrial-ecosystem graph. Applied idempotently at start-up (IF NOT EXISTS).
// Every entity node carries the label Entity besides its ontology label; `key` is Label:canonicalName.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT research_institute_key IF NOT EXISTS FOR (n:ResearchInstitute) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT park_key IF NOT EXISTS FOR (n:Park) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fund_key IF NOT EXISTS FOR (n:Fund) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT government_agency_key IF NOT EXISTS FOR (n:GovernmentAgency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT association_key IF NOT EXISTS FOR (n:Association) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT platform_key IF NOT EXISTS FOR (n:Platform) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT industry_key IF NOT EXISTS FOR (n:Industry) REQUIRE n.key IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// The overview of the web page reads the most-mentioned entities from this index, in its order.
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (n:Entity) ON (n.mentionCount);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_file_name IF NOT EXISTS FOR (n:Document) ON (n.fileName);

// Ranked search over names and aliases; the cjk analyzer indexes Chinese as character bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Enterprise|ResearchInstitute|Park|Fund|Policy|City|GovernmentAgency|Association|Platform|Industry)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Exact lookup of a city or an industry by its name or one of its aliases (funds.cypher `industry`,
// links.cypher `cities`): the keyword analyzer keeps the name and each alias as one term each, so the
// lookup is one index query instead of a scan of the label (a range index cannot seek inside a list).
CREATE FULLTEXT INDEX lookup_names IF NOT EXISTS
FOR (n:City|Industry)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// The one GraphVersion node (version.cypher), read with a seek of this constraint's index. A store
// written before there was a version gets one here, so that the links question can keep what it
// reads from it until the next write; a version that is there stays as it is.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = randomUUID();
