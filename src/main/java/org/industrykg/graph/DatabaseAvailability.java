package org.industrykg.graph;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, and what to do until it does. The application starts without it
 * (health DOWN with the reason, the API 503): a background check retries every
 * {@code kg.database-retry-seconds}, applies the schema once the database answers and then runs the
 * work that was waiting for it. Commands that cannot do without the database wait for it, up to
 * {@code kg.database-wait-seconds}, with a line saying so.
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final Driver driver;
    private final SchemaInitializer schema;
    private final URI uri;
    private final Duration retry;
    private final Duration wait;
    private final List<Runnable> waiting = new ArrayList<>();
    private volatile String problem = "not checked yet";
    private ScheduledExecutorService retrying;

    public DatabaseAvailability(Driver driver, SchemaInitializer schema, Neo4jConnectionDetails connection,
                                @Value("${kg.database-retry-seconds:5}") int retrySeconds,
                                @Value("${kg.database-wait-seconds:60}") int waitSeconds) {
        this.driver = driver;
        this.schema = schema;
        this.uri = connection.getUri();
        this.retry = Duration.ofSeconds(Math.max(1, retrySeconds));
        this.wait = Duration.ofSeconds(Math.max(0, waitSeconds));
    }

    /**
     * Checks at start-up; when the database does not answer, says so and keeps checking in the background.
     * Not with {@value #AT_START} false (the condition is read before this bean, and so the database
     * driver, is made): the command then checks when it needs the database.
     */
    @EventListener(classes = ApplicationStartedEvent.class, condition = AT_START_CONDITION)
    public void onStart() {
        if (!check()) {
            log.warn("{}; starting without it and checking again every {} s", problem, retry.toSeconds());
            retryInBackground();
        }
    }

    /**
     * Whether the database is checked (and the schema and curation file applied) as soon as the
     * application has started. {@code ./kg extract} turns it off: it decides first whether it needs
     * the database at all.
     */
    public static final String AT_START = "kg.database-at-start";

    /** {@link #AT_START} as the condition of an event listener. */
    public static final String AT_START_CONDITION = "@environment.getProperty('" + AT_START + "', 'true') == 'true'";

    /** The address of the database. */
    public URI uri() {
        return uri;
    }

    /**
     * Asks the database whether it answers; the first time it does, applies the schema and runs the
     * work waiting for it.
     */
    public boolean check() {
        try {
            driver.verifyConnectivity();
            schema.ensureSchema();
        } catch (RuntimeException e) {
            problem = describe(e);
            log.debug("Database check failed", e);
            return false;
        }
        if (problem != null) {
            problem = null;
            log.info("Neo4j at {} answers; schema applied", uri);
        }
        runWaiting();
        return true;
    }

    /** Why the database cannot be used, as the last check found; empty when it answered. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Runs the work, on a thread of its own, as soon as the database answers (at once when it does now). */
    public void whenAvailable(Runnable work) {
        synchronized (waiting) {
            waiting.add(work);
        }
        if (!check()) {
            retryInBackground();
        }
    }

    /**
     * Returns once the database answers, retrying for up to {@code kg.database-wait-seconds} with a
     * line on {@code out}; then gives up with a {@link DatabaseUnavailableException} that says why.
     */
    public void await(PrintStream out) {
        if (check()) {
            return;
        }
        out.printf("%s; retrying every %d s for up to %d s (kg.database-wait-seconds)%n", problem,
                Math.max(1, Math.min(retry.toSeconds(), wait.toSeconds())), wait.toSeconds());
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.min(retry.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (check()) {
                out.printf("Neo4j at %s answers%n", uri);
                return;
            }
        }
        throw new DatabaseUnavailableException(problem + " after waiting " + wait.toSeconds()
                + " s: start it, or point spring.neo4j.uri at a running Neo4j 5.26+");
    }

    /**
     * Starts the waiting work on a thread of its own: the check that found the database may be a
     * health request, which must not wait for an extraction.
     */
    private void runWaiting() {
        List<Runnable> work;
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                return;
            }
            work = List.copyOf(waiting);
            waiting.clear();
        }
        Thread thread = new Thread(() -> work.forEach(Runnable::run), "kg-when-database-answers");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void retryInBackground() {
        if (retrying != null) {
            return;
        }
        retrying = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kg-database-check");
            thread.setDaemon(true);
            return thread;
        });
        retrying.scheduleWithFixedDelay(() -> {
            if (check()) {
                stopRetrying();
            }
        }, retry.toMillis(), retry.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void stopRetrying() {
        if (retrying != null) {
            retrying.shutdown();
            retrying = null;
        }
    }

    /** The failure in the operator's terms: which database, and whether it is down, refuses the login or failed. */
    private String describe(RuntimeException e) {
        String at = "Neo4j at " + uri;
        if (e instanceof AuthenticationException) {
            return at + " refuses the login (check spring.neo4j.authentication.username and password)";
        }
        if (e instanceof SecurityException) {
            return at + " refuses the connection: " + e.getMessage();
        }
        if (e instanceof ServiceUnavailableException) {
            return at + " does not answer (" + rootMessage(e) + ")";
        }
        return at + " failed: " + rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        return root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
    }
}
