package org.industrykg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

/**
 * Traditional to Simplified Chinese with OpenCC's tables (the opencc4j package: its phrase table
 * first, its character table for the rest), applied only to documents written in Traditional
 * characters. The conversion keeps every character's source offset: OpenCC's Traditional to
 * Simplified entries have as many characters on both sides, and a segment whose conversion would
 * change its length (a character outside the Basic Multilingual Plane) is left as written.
 */
final class ChineseScript {

    /** OpenCC's Traditional to Simplified character table, shipped inside the opencc4j jar. */
    private static final String CHARACTER_TABLE = "data/dictionary/TSCharacters.txt";
    /** Share of Han characters that only exist in Traditional above which a text is taken for Traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final int MIN_TRADITIONAL = 2;

    private ChineseScript() {
    }

    /**
     * Whether the text is written in Traditional characters: at least 5 % of its Han characters
     * (and at least two) are ones that Simplified writing replaces. A Simplified text that quotes
     * a Traditional name stays below that share and is left alone.
     */
    static boolean isTraditional(CharSequence text) {
        Set<Character> traditionalOnly = Tables.TRADITIONAL_ONLY;
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (traditionalOnly.contains(c)) {
                    traditional++;
                }
            }
        }
        return traditional >= MIN_TRADITIONAL && traditional >= han * TRADITIONAL_SHARE;
    }

    /** The text in Simplified characters; character {@code i} keeps the source offset of written character {@code i}. */
    static MappedText toSimplified(MappedText written) {
        ZhConvertBootstrap converter = Tables.converter();
        List<String> segments = converter.doSeg(written.text());
        MappedText.Builder simplified = new MappedText.Builder();
        int at = 0;
        for (String segment : segments) {
            String converted = converter.toSimple(segment);
            String kept = converted.length() == segment.length() ? converted : segment;
            for (int i = 0; i < kept.length(); i++) {
                simplified.append(kept.charAt(i), written.sourceAt(at + i));
            }
            at += segment.length();
        }
        if (at != written.length()) {
            throw new IllegalStateException("OpenCC's segmentation lost characters: "
                    + at + " of " + written.length());
        }
        return simplified.build();
    }

    /** Loaded on first use: a Simplified document never pays for the converter. */
    private static final class Tables {

        static final Set<Character> TRADITIONAL_ONLY = loadTraditionalOnly();
        private static volatile ZhConvertBootstrap converter;

        static ZhConvertBootstrap converter() {
            ZhConvertBootstrap built = converter;
            if (built == null) {
                synchronized (Tables.class) {
                    built = converter;
                    if (built == null) {
                        built = ZhConvertBootstrap.newInstance().init();
                        converter = built;
                    }
                }
            }
            return built;
        }

        /**
         * The characters of the table that never stand for themselves in Simplified writing:
         * {@code 學 学} counts, {@code 著 着 著} does not (著 is also Simplified).
         */
        private static Set<Character> loadTraditionalOnly() {
            InputStream in = ChineseScript.class.getClassLoader().getResourceAsStream(CHARACTER_TABLE);
            if (in == null) {
                throw new IllegalStateException(CHARACTER_TABLE + " is missing from the classpath (opencc4j jar)");
            }
            Set<Character> traditional = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] fields = line.split("[\\t ]+");
                    boolean single = fields.length >= 2 && fields[0].length() == 1;
                    if (single && !List.of(fields).subList(1, fields.length).contains(fields[0])) {
                        traditional.add(fields[0].charAt(0));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + CHARACTER_TABLE, e);
            }
            return Set.copyOf(traditional);
        }
    }
}
