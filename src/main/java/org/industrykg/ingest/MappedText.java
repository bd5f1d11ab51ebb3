package org.industrykg.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text in which every character remembers the offset of the source character it came from. */
final class MappedText {

    private final String text;
    private final int[] sources;

    private MappedText(String text, int[] sources) {
        this.text = text;
        this.sources = sources;
    }

    /** The source itself: character {@code i} comes from offset {@code i}. */
    static MappedText of(String source) {
        int[] identity = new int[source.length()];
        Arrays.setAll(identity, i -> i);
        return new MappedText(source, identity);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    int sourceAt(int index) {
        return sources[index];
    }

    MappedText slice(int from, int to) {
        return new MappedText(text.substring(from, to), Arrays.copyOfRange(sources, from, to));
    }

    /** This text without the characters that {@code pattern} matches. */
    MappedText deleteAll(Pattern pattern) {
        Builder kept = new Builder();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (matcher.find()) {
            kept.append(this, from, matcher.start());
            from = matcher.end();
        }
        return kept.append(this, from, length()).build();
    }

    /** The source offsets of all characters plus, last, the source end of the last character. */
    int[] sourcesWithEnd() {
        int[] withEnd = Arrays.copyOf(sources, sources.length + 1);
        withEnd[sources.length] = sources.length == 0 ? 0 : sources[sources.length - 1] + 1;
        return withEnd;
    }

    /** Accumulates characters with their source offsets. */
    static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] sources = new int[256];

        Builder append(char c, int source) {
            if (text.length() == sources.length) {
                sources = Arrays.copyOf(sources, sources.length * 2);
            }
            sources[text.length()] = source;
            text.append(c);
            return this;
        }

        Builder append(MappedText other, int from, int to) {
            for (int i = from; i < to; i++) {
                append(other.charAt(i), other.sourceAt(i));
            }
            return this;
        }

        Builder append(MappedText other) {
            return append(other, 0, other.length());
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(sources, text.length()));
        }
    }
}
