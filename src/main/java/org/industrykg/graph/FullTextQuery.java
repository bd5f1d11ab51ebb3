package org.industrykg.graph;

import java.util.Locale;

/**
 * Turns a user's text into a Lucene query for the full-text index in which every character is
 * literal: Lucene's operators and special characters are escaped, and the text is lower-cased so
 * that AND, OR and NOT are words, not operators (the cjk analyzer lower-cases anyway). The result
 * is still only ever a query parameter, never Cypher text.
 */
final class FullTextQuery {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private FullTextQuery() {
    }

    static String of(String text) {
        StringBuilder query = new StringBuilder(text.length() * 2);
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                query.append('\\');
            }
            query.append(c);
        }
        return query.toString();
    }

    /** One character has no bigram in the cjk analyzer, so it is looked up as a substring instead. */
    static boolean isSingleCharacter(String text) {
        return text.codePointCount(0, text.length()) == 1;
    }
}
