package org.industrykg.graph;

/** The database did not answer within the time a command waits for it; the message says which and why. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
