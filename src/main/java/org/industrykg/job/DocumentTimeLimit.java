package org.industrykg.job;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code kg.document-timeout-seconds}: how long one document may take to be annotated and
 * extracted (writing it to the graph is not counted); 0 means no limit. Annotation that runs over
 * is interrupted, which the NLP pipeline heeds between the pieces it annotates; the rules run on a
 * thread of their own and are abandoned when they run over. Either way the document fails with a
 * {@link DocumentTimeoutException} and the job goes on with the next one.
 */
@Component
public class DocumentTimeLimit {

    private final Duration limit;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(
            daemon("kg-document-timer"));
    private ExecutorService rules = newRulesThread();

    @Autowired
    public DocumentTimeLimit(@Value("${kg.document-timeout-seconds:300}") int seconds) {
        this(Duration.ofSeconds(Math.max(0, seconds)));
    }

    public DocumentTimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** Annotates on the calling thread, interrupting it when the limit is reached. */
    public <T> T annotating(Supplier<T> work) {
        if (limit.isZero()) {
            return work.get();
        }
        Thread worker = Thread.currentThread();
        AtomicBoolean rang = new AtomicBoolean();
        ScheduledFuture<?> alarm = alarms.schedule(() -> {
            rang.set(true);
            worker.interrupt();
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            T result = work.get();
            if (rang.get()) {
                throw timeout("annotating");
            }
            return result;
        } catch (RuntimeException e) {
            throw rang.get() ? timeout("annotating") : e;
        } finally {
            alarm.cancel(false);
            Thread.interrupted();
        }
    }

    /** Runs the rules within what is left of the limit after {@code spentNanos} of annotation. */
    public <T> T extracting(long spentNanos, Supplier<T> work) {
        if (limit.isZero()) {
            return work.get();
        }
        long left = limit.toNanos() - spentNanos;
        if (left <= 0) {
            throw timeout("annotating");
        }
        Future<T> running = submit(work);
        try {
            return running.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(running);
            throw timeout("extracting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("extraction interrupted");
        }
    }

    private synchronized <T> Future<T> submit(Supplier<T> work) {
        return rules.submit(work::get);
    }

    /** Interrupts rules that ran over and gives later documents a fresh thread in case they do not stop. */
    private synchronized void abandon(Future<?> running) {
        running.cancel(true);
        rules.shutdown();
        rules = newRulesThread();
    }

    private DocumentTimeoutException timeout(String stage) {
        return new DocumentTimeoutException("took longer than kg.document-timeout-seconds (" + limit.toSeconds()
                + " s) while " + stage + "; it was not loaded (split it, or raise the limit)");
    }

    private static ExecutorService newRulesThread() {
        return Executors.newSingleThreadExecutor(daemon("kg-rules"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A document ran over its time limit; the message says so, the job's failure line names the file. */
    public static class DocumentTimeoutException extends RuntimeException {

        DocumentTimeoutException(String message) {
            super(message);
        }
    }
}
