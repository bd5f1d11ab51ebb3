package org.industrykg.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The figures of one {@code ./kg extract --report FILE} run, written as JSON for benchmarks.
 *
 * @param documents           documents extracted (new, changed, or read by another extractor version)
 * @param unchanged           files skipped because the same extractor version read them as they are
 * @param characters          characters of the extracted documents (normalised text)
 * @param failures            files that could not be loaded
 * @param startupSeconds      from the start of the JVM to the start of the job (Spring, Neo4j, the schema); for a
 *                            run that found the store as the last one left it, to the start of hashing the files
 * @param modelLoadSeconds    building and warming up the NLP pipeline (0 when nothing needed extraction)
 * @param annotateSeconds     CoreNLP annotation, summed over the annotation threads
 * @param rulesSeconds        the extraction rules
 * @param writeSeconds        writing to the graph
 * @param writeBatches        transactions that wrote documents (a batch of documents each, or one document
 *                            written again alone after its batch failed)
 * @param totalSeconds        from the start of the JVM to the end of the extraction
 * @param charactersPerSecond characters over the wall time of the extraction after model loading
 * @param threads             annotation threads ({@code kg.extract-threads})
 * @param peakHeapMb          the peak heap use of the process so far, summed over the heap pools
 */
public record RunReport(int documents, int unchanged, long characters, int failures, double startupSeconds,
                        double modelLoadSeconds, double annotateSeconds, double rulesSeconds, double writeSeconds,
                        int writeBatches, double totalSeconds, double charactersPerSecond, int threads, double peakHeapMb) {

    /** Seconds since the JVM started. */
    static double uptimeSeconds() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    /** The report of a finished job whose command started {@code startupSeconds} after the JVM. */
    static RunReport of(JobReport job, double startupSeconds) {
        JobReport.Timing timing = job.timing();
        return new RunReport(job.loaded(), job.skipped(), job.characters(), job.failures().size(), startupSeconds,
                job.warmUpSeconds(), timing.nlpNanos / 1e9, timing.rulesNanos / 1e9, timing.writeNanos / 1e9,
                timing.batches, uptimeSeconds(), job.charactersPerSecond(), timing.threads, peakHeapUse());
    }

    private static double peakHeapUse() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }
}
