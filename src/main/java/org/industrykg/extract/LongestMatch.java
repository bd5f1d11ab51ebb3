package org.industrykg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;

/** Left-to-right longest-match scanning of a text against a dictionary, shared by places and industries. */
final class LongestMatch {

    /** A matched span of the scanned text. */
    record Span(int begin, int end) {
    }

    private LongestMatch() {
    }

    /**
     * The lengths of a dictionary's keys by their first character, and by their first and last
     * characters together, so that a scan looks up only spans that some key could be (most positions
     * of a text begin no key, and most lengths from one that does end in no key's last character).
     */
    static final class Lengths {

        /** Longest key length kept in a mask; longer keys are not indexed and so never matched. */
        static final int MAX = 63;
        private static final int PAIR_BITS = 16;
        /** Bit n of the mask of c: some key begins with c and has n characters. */
        private final long[] byFirst = new long[Character.MAX_VALUE + 1];
        /** Bit n of a pair's slot: some key whose first and last characters hash to the slot has n characters. */
        private final long[] byFirstAndLast = new long[1 << PAIR_BITS];

        Lengths(Collection<String> keys) {
            for (String key : keys) {
                if (!key.isEmpty() && key.length() <= MAX) {
                    byFirst[key.charAt(0)] |= 1L << key.length();
                    byFirstAndLast[slot(key.charAt(0), key.charAt(key.length() - 1))] |= 1L << key.length();
                }
            }
        }

        private static int slot(char first, char last) {
            return ((first << 16 | last) * 0x9E3779B1) >>> (32 - PAIR_BITS);
        }

        /** Whether some key could be the text from {@code begin} to {@code end} (false: certainly none is). */
        boolean has(CharSequence text, int begin, int end) {
            int length = end - begin;
            return length > 0 && length <= MAX && (byFirst[text.charAt(begin)] >>> length & 1L) != 0
                    && (byFirstAndLast[slot(text.charAt(begin), text.charAt(end - 1))] >>> length & 1L) != 0;
        }
    }

    /**
     * The spans of {@code text} that {@code accept(begin, end)} takes, the longest at each position
     * (at most {@code longest} characters, at least 2), without overlaps. Only spans of a length that
     * {@code keys} has for their first character are offered to {@code accept}.
     */
    static List<Span> scan(String text, int longest, Lengths keys, BiPredicate<Integer, Integer> accept) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
                if (keys.has(text, i, i + len) && accept.test(i, i + len)) {
                    matched = len;
                    break;
                }
            }
            if (matched > 0) {
                spans.add(new Span(i, i + matched));
                i += matched;
            } else {
                i++;
            }
        }
        return spans;
    }
}
