package org.industrykg.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The syntax of a text that is JSON saved as plain text (a city's open-data export, an API's answer): each record
 * becomes lines of {@code 键：值} fields, as a card of labelled fields is written, and records are parted by a blank
 * line, so that the table pass reads {@code "依托单位": "某某公司"} as it reads 依托单位：某某公司. Quotes go, a colon
 * after a key becomes {@code ：}, and commas, braces and brackets outside strings end lines. Only a whole text that opens
 * with {@code [} or <code>{</code>, closes with the matching bracket, stays balanced and has at least {@link #MIN_KEYS}
 * keys is read so; anything else is left alone.
 */
final class JsonRecords {

    /** The fewest keys that make a text data rather than a line or two with braces in it. */
    private static final int MIN_KEYS = 4;
    /** What stands in for a character: {@link #DROP} drops it. */
    static final char DROP = '\0';

    private static final JsonRecords NONE = new JsonRecords(Map.of());

    private final Map<Integer, Character> replaced;

    private JsonRecords(Map<Integer, Character> replaced) {
        this.replaced = replaced;
    }

    static JsonRecords in(String source) {
        String trimmed = source.strip();
        if (trimmed.isEmpty() || !(trimmed.charAt(0) == '[' || trimmed.charAt(0) == '{')) {
            return NONE;
        }
        Map<Integer, Character> replaced = new HashMap<>();
        int depth = 0;
        int keys = 0;
        int stringStart = -1;
        boolean opened = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (stringStart >= 0) {
                if (c == '\\' && i + 1 < source.length()) {
                    char next = source.charAt(i + 1);
                    replaced.put(i, DROP);
                    replaced.put(i + 1, next == 'n' ? '\n' : next == 't' ? '\t' : next);
                    i++;
                } else if (c == '"') {
                    replaced.put(stringStart, DROP); // both quotes go
                    replaced.put(i, DROP);
                    keys += isKey(source, i + 1) ? 1 : 0;
                    stringStart = -1;
                } else if (c == '\n') {
                    return NONE; // a raw line break inside a string: not JSON
                }
                continue;
            }
            switch (c) {
                case '"' -> stringStart = i;
                case '{', '[' -> {
                    depth++;
                    opened = true;
                    replaced.put(i, '\n');
                }
                case '}', ']' -> {
                    depth--;
                    if (depth < 0) {
                        return NONE;
                    }
                    replaced.put(i, '\n');
                }
                case ',' -> replaced.put(i, '\n');
                case ':' -> replaced.put(i, '：');
                default -> {
                    if (depth == 0 && opened && !Character.isWhitespace(c)) {
                        return NONE; // text after the closing bracket
                    }
                }
            }
        }
        return depth != 0 || stringStart >= 0 || keys < MIN_KEYS ? NONE : new JsonRecords(replaced);
    }

    /** Whether the string that closed before {@code from} is a key: a colon follows it. */
    private static boolean isKey(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} is JSON syntax that normalising replaces or drops. */
    boolean replaces(int i) {
        return replaced.containsKey(i);
    }

    /** What the character at {@code i} becomes: {@code 键：值} punctuation, a line break, or {@link #DROP}. */
    char replacement(int i) {
        return replaced.get(i);
    }
}
