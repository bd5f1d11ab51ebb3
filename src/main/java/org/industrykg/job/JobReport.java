package org.industrykg.job;

import java.util.List;

/**
 * The outcome of one extraction run.
 *
 * @param failures       one line per file that could not be loaded, naming the file and the reason
 * @param seconds        time spent extracting and writing, without building the NLP pipeline
 * @param warmUpSeconds  time spent building the NLP pipeline (0 when nothing needed extraction)
 */
public record JobReport(int total, int loaded, int skipped, List<String> failures, long characters, double seconds,
                        double warmUpSeconds) {

    public boolean failed() {
        return !failures.isEmpty();
    }

    public double charactersPerSecond() {
        return seconds > 0 ? characters / seconds : 0;
    }

    public String summary() {
        String rate = String.format("%,d characters in %.1f s (%,.0f characters/s", characters, seconds, charactersPerSecond())
                + (warmUpSeconds > 0 ? String.format(", after %.0f s loading the NLP models)", warmUpSeconds) : ")");
        return String.format("%d files: %d loaded, %d unchanged, %d failed; %s", total, loaded, skipped, failures.size(), rate);
    }
}
