package org.industrykg.job;

import java.util.List;

/**
 * The outcome of one extraction run.
 *
 * @param failures one line per file that could not be loaded, naming the file and the reason
 */
public record JobReport(int total, int loaded, int skipped, List<String> failures, long characters, double seconds) {

    public boolean failed() {
        return !failures.isEmpty();
    }

    public double charactersPerSecond() {
        return seconds > 0 ? characters / seconds : 0;
    }

    public String summary() {
        return String.format("%d files: %d loaded, %d unchanged, %d failed; %,d characters in %.1f s (%,.0f characters/s)",
                total, loaded, skipped, failures.size(), characters, seconds, charactersPerSecond());
    }
}
