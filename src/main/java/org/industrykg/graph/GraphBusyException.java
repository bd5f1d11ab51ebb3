package org.industrykg.graph;

/** Every read slot ({@code kg.max-concurrent-reads}) stayed taken for longer than a read waits: the service is overloaded. */
public class GraphBusyException extends RuntimeException {

    public GraphBusyException(String message) {
        super(message);
    }
}
