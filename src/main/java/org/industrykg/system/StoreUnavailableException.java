package org.industrykg.system;

import java.nio.file.Path;

/** The embedded database cannot start: its store or its Bolt port is taken. */
public class StoreUnavailableException extends RuntimeException {

    private final transient Path store;
    private final String action;

    public StoreUnavailableException(Path store, String reason, String action) {
        super("Cannot start the embedded Neo4j with store " + store + ": " + reason);
        this.store = store;
        this.action = action;
    }

    public Path store() {
        return store;
    }

    public String action() {
        return action;
    }
}
