// What of cypher/schema.cypher is in place. SchemaInitializer applies schema.cypher only when one of
// its constraints or indexes is missing or not online; otherwise every statement would do nothing
// (IF NOT EXISTS) and a start would only pay for planning them.

// :name constraints
SHOW CONSTRAINTS YIELD name
RETURN name;

// :name indexes
SHOW INDEXES YIELD name, state
RETURN name, state;
