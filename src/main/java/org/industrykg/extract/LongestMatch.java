package org.industrykg.extract;

import java.util.ArrayList;
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
     * The spans of {@code text} that {@code accept(begin, end)} takes, the longest at each position
     * (at most {@code longest} characters, at least 2), without overlaps.
     */
    static List<Span> scan(String text, int longest, BiPredicate<Integer, Integer> accept) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
                if (accept.test(i, i + len)) {
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
