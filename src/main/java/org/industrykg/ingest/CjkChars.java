package org.industrykg.ingest;

/** Character classes that Chinese text layout rules need. */
final class CjkChars {

    private static final String WIDE_PUNCTUATION_OUTSIDE_CJK_BLOCKS = "“”‘’…—·";

    private CjkChars() {
    }

    /** Han ideographs and Chinese punctuation: characters that are never separated by spaces. */
    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isSurrogate(c)
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF')
                || WIDE_PUNCTUATION_OUTSIDE_CJK_BLOCKS.indexOf(c) >= 0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
