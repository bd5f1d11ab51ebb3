package org.industrykg.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts cleaned lines back together. A line that a page break cut in the middle of a sentence is
 * joined to its continuation (across at most two blank lines); other lines stay apart, separated
 * by one newline where the source had none between them and by a blank line otherwise. A text
 * hard-wrapped at a fixed width (a PDF's text layer, 35 characters a line) is joined wherever a line
 * runs to that width, even inside a table row or before a short remainder (…股份有限 / 公司　长沙市),
 * unless the next line opens a new item or row.
 */
final class ParagraphJoiner {

    private static final int MAX_BLANKS_INSIDE_SENTENCE = 2;
    /** Lines at least this wide count towards finding the width a text was wrapped at. */
    private static final int WRAP_MIN = 20;
    /** How many lines, and what share of the wide ones, must have one width for the text to count as wrapped. */
    private static final int WRAP_LINES = 5;
    private static final double WRAP_SHARE = 0.3;
    /** A row of a table that starts with its number: 2, 2., 2、 before a cell. */
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.．、]?\\t");

    MappedText join(List<Line> lines) {
        MappedText.Builder out = new MappedText.Builder();
        Line previous = null;
        Line lastBlank = null;
        int blanks = 0;
        StringBuilder logicalLine = new StringBuilder();
        boolean logicalHeading = false;
        int wrap = wrapWidth(lines);
        boolean indentOpens = indentOpens(lines);
        int lineStart = 0; // where the current physical line starts in the source, its indent included
        int previousStart = 0;
        for (Line line : lines) {
            int start = lineStart;
            lineStart = line.breakSource() + 1;
            if (line.isBlank()) {
                blanks++;
                lastBlank = line;
                continue;
            }
            // an indented first line of a paragraph is as wide as the others once its indent counts (　　（二）…)
            boolean atWidth = previous != null && (Math.abs(width(previous) - wrap) <= 1
                    || Math.abs(previous.breakSource() - previousStart - wrap) <= 1);
            boolean wrapped = previous != null && blanks == 0 && wrap > 0 && atWidth
                    && !previous.heading() && !LineShape.startsWithEnumerator(line.text())
                    && !ROW_NUMBER.matcher(line.text()).lookingAt() && !LineShape.isTitle(logicalLine.toString())
                    && (isTableRow(previous.text()) ? cells(line.text()) < cells(previous.text()) // the rest of a row, not the next row of an aligned table
                        : !LineShape.endsSentence(previous.text()));
            boolean opensParagraph = line.indented() && indentOpens; // 　某某有限公司（有限合伙人），认缴… after a line of its kind
            if (previous != null && (wrapped || !opensParagraph && continues(logicalLine, logicalHeading, line, blanks))) {
                appendJoint(out, logicalLine, line, previous);
            } else {
                if (previous != null) {
                    appendBreak(out, previous, blanks == 0 ? null : lastBlank);
                }
                logicalLine.setLength(0);
                logicalHeading = line.heading();
            }
            out.append(line.content());
            logicalLine.append(line.text());
            previous = line;
            previousStart = start;
            blanks = 0;
        }
        return out.build();
    }

    /** The width the text was hard-wrapped at, or 0: the commonest width of its wide lines when enough of them share it. */
    private static int wrapWidth(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int wide = 0;
        for (Line line : lines) {
            int width = line.isBlank() ? 0 : width(line);
            if (width >= WRAP_MIN) {
                counts.merge(width, 1, Integer::sum);
                wide++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount >= WRAP_LINES && bestCount >= WRAP_SHARE * wide ? best : 0;
    }

    /** How many source characters the physical line spans, from its first kept character to its line break. */
    private static int width(Line line) {
        return line.breakSource() - line.content().sourceAt(0);
    }

    private static boolean continues(CharSequence logicalLine, boolean heading, Line next, int blanks) {
        return blanks <= MAX_BLANKS_INSIDE_SENTENCE
                && !isTableRow(logicalLine) && !isTableRow(next.text())
                && LineShape.isOpenEnded(logicalLine.toString(), heading)
                && !LineShape.startsBlock(next.text(), next.heading());
    }

    private static int cells(String line) {
        return (int) line.chars().filter(c -> c == '\t').count() + 1;
    }

    /** A tidied line holds a tab only between table cells: rows stand alone. */
    private static boolean isTableRow(CharSequence line) {
        return line.chars().anyMatch(c -> c == '\t');
    }

    /** Chinese joins without a separator, and so do the two halves of a number; two Latin words keep a space between them. */
    private static void appendJoint(MappedText.Builder out, CharSequence logicalLine, Line next, Line previous) {
        char before = logicalLine.charAt(logicalLine.length() - 1);
        char after = next.text().charAt(0);
        boolean splitNumber = Character.isDigit(before) && Character.isDigit(after); // 2 / 024年: one number
        if (CjkChars.isAsciiLetterOrDigit(before) && CjkChars.isAsciiLetterOrDigit(after) && !splitNumber) {
            out.append(' ', previous.breakSource());
        }
    }

    /** One newline, or a blank line (two newlines) when {@code blank} is given. */
    private static void appendBreak(MappedText.Builder out, Line previous, Line blank) {
        out.append('\n', previous.breakSource());
        if (blank != null) {
            out.append('\n', blank.breakSource());
        }
    }

    /** The most lines that may be indented for an indent to mean a new paragraph: beyond it, the text indents every line. */
    private static final double INDENTED_SHARE = 0.5;

    /**
     * Whether an indented line opens a paragraph or an item of its own, so that it never continues the line before it:
     * true unless the text indents most of its lines (a text layer that keeps a page's left margin).
     */
    private static boolean indentOpens(List<Line> lines) {
        long written = lines.stream().filter(l -> !l.isBlank()).count();
        long indented = lines.stream().filter(l -> !l.isBlank() && l.indented()).count();
        return written > 0 && indented < written * INDENTED_SHARE;
    }
}
