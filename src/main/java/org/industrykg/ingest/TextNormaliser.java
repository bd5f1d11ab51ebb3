package org.industrykg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Normalises decoded document text for the NLP stages while keeping an exact map back to the
 * source: unifies line breaks and spaces, turns full-width letters, digits and {@code % . + -}
 * into half-width ones (Chinese punctuation stays), drops page furniture and Markdown markers,
 * removes the spaces PDF extraction leaves between Chinese characters and numbers, rejoins
 * sentences that a page break cut in two, masks personal data (phone numbers, e-mail addresses,
 * contact persons) with characters of the same length, reads comma-separated rows as table rows
 * ({@link CsvRows}), drops the markup tags of a feed or a wiki page saved as text ({@link MarkupTags}), writes the records of a
 * JSON export as lines of labelled fields ({@link JsonRecords}), and converts a document written in
 * Traditional characters to Simplified ones. Paragraphs end up separated by a blank line.
 */
public final class TextNormaliser {

    private static final String HALF_WIDTH_SYMBOLS = "％．＋－";
    /** Kept apart from other spaces until lines are tidied: a run of them separates table cells. */
    static final char IDEOGRAPHIC_SPACE = '\u3000';

    private final LineCleaner cleaner = new LineCleaner();
    private final ParagraphJoiner joiner = new ParagraphJoiner();

    /** Normalises {@code source}; offsets in the result map back to offsets in {@code source}. */
    public NormalisedText normalise(String source) {
        MappedText characters = mapCharacters(source);
        MappedText written = PersonalData.mask(joiner.join(cleanLines(characters, source.length())));
        if (!ChineseScript.isTraditional(written.text())) {
            return new NormalisedText(written.text(), written.sourcesWithEnd());
        }
        MappedText simplified = ChineseScript.toSimplified(written);
        return new NormalisedText(simplified.text(), simplified.sourcesWithEnd(), written.text());
    }

    private List<Line> cleanLines(MappedText characters, int sourceLength) {
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean afterFurniture = false;
        Set<Integer> csvRows = CsvRows.find(characters.text());
        DrawnRows drawn = DrawnRows.of(characters);
        int start = 0;
        for (int i = 0; i <= characters.length(); i++) {
            if (i == characters.length() || characters.charAt(i) == '\n') {
                int breakSource = i < characters.length() ? characters.sourceAt(i) : sourceLength;
                if (drawn.continues(start)) { // merged into the row above it
                    start = i + 1;
                    continue;
                }
                MappedText raw = drawn.line(start, characters.slice(start, i));
                Optional<Line> line = cleaner.clean(csvRows.contains(start) ? CsvRows.cells(raw) : raw, breakSource);
                String text = line.map(l -> l.text().strip()).orElse("");
                if (line.isPresent() && afterFurniture && runningHeader(text) && seen.contains(text)) {
                    line = Optional.empty(); // the title a PDF repeats at the top of each page, after the page number
                }
                line.ifPresent(lines::add);
                if (line.isPresent() && !text.isEmpty()) {
                    seen.add(text);
                }
                afterFurniture = line.isEmpty() && i > start || afterFurniture && text.isEmpty(); // blank lines and form feeds between
                start = i + 1;
            }
        }
        return lines;
    }

    /** A line long enough, and without a sentence's end or a table's cells, to be a page's running header. */
    private static boolean runningHeader(String text) {
        return text.length() >= RUNNING_HEADER && text.indexOf('\t') < 0 && !text.endsWith("。") && !text.endsWith("；")
                && !text.endsWith("，");
    }

    /** The shortest running header dropped (a repeated 某某局关于…的函, not a repeated 合计 or 附件). */
    private static final int RUNNING_HEADER = 8;

    /** Character by character: line breaks to \n, spaces to ' ' (tabs and ideographic spaces stay for now), invisible characters out, full width to half. */
    private static MappedText mapCharacters(String source) {
        MappedText.Builder mapped = new MappedText.Builder();
        MarkupTags tags = MarkupTags.in(source);
        JsonRecords json = JsonRecords.in(source);
        for (int i = 0; i < source.length(); i++) {
            if (json.replaces(i)) { // "依托单位": "某某公司", of a JSON export: 依托单位：某某公司
                char replacement = json.replacement(i);
                if (replacement != JsonRecords.DROP) {
                    mapped.append(replacement, i);
                }
                continue;
            }
            int tagEnd = tags.endAt(i);
            if (tagEnd > i) { // <title>, </description>, <![CDATA[, <ref name="…"> of a feed or a wiki page saved as text
                if (tags.breaksLine(i)) {
                    mapped.append('\n', i);
                }
                i = tagEnd - 1;
                continue;
            }
            char c = source.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n';
            if (crBeforeLf || isInvisible(c)) {
                continue;
            }
            mapped.append(mapCharacter(c), i);
        }
        return mapped.build();
    }

    private static char mapCharacter(char c) {
        if (isLineBreak(c)) {
            return '\n';
        }
        if (c == '\t' || c == IDEOGRAPHIC_SPACE) {
            return c;
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        return isFullWidthAlphanumeric(c) ? (char) (c - 0xFEE0) : c;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Zero-width characters, byte-order marks, soft hyphens and stray control characters. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        boolean control = type == Character.CONTROL && c != '\t' && !isLineBreak(c);
        return control || type == Character.FORMAT;
    }

    private static boolean isFullWidthAlphanumeric(char c) {
        return (c >= '０' && c <= '９')
                || (c >= 'Ａ' && c <= 'Ｚ')
                || (c >= 'ａ' && c <= 'ｚ')
                || HALF_WIDTH_SYMBOLS.indexOf(c) >= 0;
    }
}
