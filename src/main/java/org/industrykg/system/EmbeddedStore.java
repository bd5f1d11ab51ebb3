package org.industrykg.system;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/**
 * The folder of the embedded Neo4j store, known without starting Neo4j (a bean only while the
 * embedded database is the one in use). Work registered with {@link #afterShutdown(Runnable)} runs
 * once Neo4j has stopped and its files are as the next start will find them.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final Path home;
    private final List<Runnable> afterShutdown = new ArrayList<>();

    public EmbeddedStore(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    public Path home() {
        return home;
    }

    /** Runs the work when the store closes, after Neo4j (which depends on this bean) has shut down. */
    public synchronized void afterShutdown(Runnable work) {
        afterShutdown.add(work);
    }

    @Override
    public synchronized void close() {
        afterShutdown.forEach(Runnable::run);
        afterShutdown.clear();
    }
}
