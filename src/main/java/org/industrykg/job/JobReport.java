package org.industrykg.job;

import java.util.List;
import java.util.Map;

import org.industrykg.graph.GraphWriter;

/**
 * The outcome of one extraction run.
 *
 * @param failures       one line per file that could not be loaded, naming the file and the reason
 * @param seconds        time spent extracting and writing, without building the NLP pipeline
 * @param warmUpSeconds  time spent building and warming up the NLP pipeline (0 when nothing needed extraction)
 * @param reextracted    unchanged files read again because another extractor version had read them
 * @param removed        documents removed from the graph because they are no longer in the folder (--prune)
 * @param current        the files the graph holds as the run found them, read by the current extractor version:
 *                       file name -> SHA-256 (loaded, or unchanged)
 */
public record JobReport(int total, int loaded, int skipped, List<String> failures, long characters, double seconds,
                        double warmUpSeconds, Timing timing, int reextracted, List<GraphWriter.Removal> removed,
                        Map<String, String> current) {

    /** Where the time went: the NLP pipeline and the rules (per thread), and writing to the graph. */
    public static final class Timing {
        long nlpNanos;
        long rulesNanos;
        long writeNanos;
        /** Write transactions of the run's documents. */
        int batches;
        int threads = 1;

        /** Characters per second of NLP and rules on one thread. */
        double extractionRate(long characters) {
            long nanos = nlpNanos + rulesNanos;
            return nanos == 0 ? 0 : characters / (nanos / 1e9);
        }
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    public double charactersPerSecond() {
        return seconds > 0 ? characters / seconds : 0;
    }

    public String summary() {
        String rate = String.format("%,d characters in %.1f s (%,.0f characters/s", characters, seconds, charactersPerSecond())
                + (warmUpSeconds > 0 ? String.format(", after %.0f s loading and warming up the NLP models)", warmUpSeconds) : ")");
        String split = characters == 0 ? "" : String.format("; NLP and rules %,.0f characters/s per thread (%d threads), writing %.1f s in %d transactions",
                timing.extractionRate(characters), timing.threads, timing.writeNanos / 1e9, timing.batches);
        String version = reextracted == 0 ? "" : String.format(" (%d of them unchanged but read by another extractor version)", reextracted);
        return String.format("%d files: %d loaded%s, %d unchanged, %d failed; %s%s", total, loaded, version, skipped, failures.size(),
                rate, split);
    }
}
