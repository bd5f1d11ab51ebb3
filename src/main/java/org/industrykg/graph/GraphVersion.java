package org.industrykg.graph;

import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The version of the graph ({@code cypher/version.cypher}): every write of the application changes
 * it in its own transaction, so a cache of something derived from the graph is valid while the
 * version it was computed at is still the one the database holds. The version lives in the
 * database, so the writes of other processes on an external database count as well; writes made
 * outside the application (Neo4j Browser, cypher-shell) must run {@code bump} themselves.
 */
public final class GraphVersion {

    private static final CypherFile VERSION = CypherFile.load("version.cypher");

    private GraphVersion() {
    }

    /** Gives the graph a new version; call it in the transaction of every write. */
    public static void bump(TransactionContext tx) {
        tx.run(VERSION.query("bump")).consume();
    }

    /** The current version, or null when nothing has written one (a store of an older release). */
    static String read(Neo4jClient client) {
        return client.query(VERSION.query("read")).fetchAs(String.class)
                .mappedBy((types, row) -> row.get("version").asString(null)).one().orElse(null);
    }
}
