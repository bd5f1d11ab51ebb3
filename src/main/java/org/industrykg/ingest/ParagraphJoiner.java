package org.industrykg.ingest;

import java.util.List;

/**
 * Puts cleaned lines back together. A line that a page break cut in the middle of a sentence is
 * joined to its continuation (across at most two blank lines); other lines stay apart, separated
 * by one newline where the source had none between them and by a blank line otherwise.
 */
final class ParagraphJoiner {

    private static final int MAX_BLANKS_INSIDE_SENTENCE = 2;

    MappedText join(List<Line> lines) {
        MappedText.Builder out = new MappedText.Builder();
        Line previous = null;
        Line lastBlank = null;
        int blanks = 0;
        StringBuilder logicalLine = new StringBuilder();
        boolean logicalHeading = false;
        for (Line line : lines) {
            if (line.isBlank()) {
                blanks++;
                lastBlank = line;
                continue;
            }
            if (previous != null && continues(logicalLine, logicalHeading, line, blanks)) {
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
            blanks = 0;
        }
        return out.build();
    }

    private static boolean continues(CharSequence logicalLine, boolean heading, Line next, int blanks) {
        return blanks <= MAX_BLANKS_INSIDE_SENTENCE
                && !isTableRow(logicalLine) && !isTableRow(next.text())
                && LineShape.isOpenEnded(logicalLine.toString(), heading)
                && !LineShape.startsBlock(next.text(), next.heading());
    }

    /** A tidied line holds a tab only between table cells: rows stand alone. */
    private static boolean isTableRow(CharSequence line) {
        return line.chars().anyMatch(c -> c == '\t');
    }

    /** Chinese joins without a separator; two Latin words or numbers keep a space between them. */
    private static void appendJoint(MappedText.Builder out, CharSequence logicalLine, Line next, Line previous) {
        char before = logicalLine.charAt(logicalLine.length() - 1);
        char after = next.text().charAt(0);
        if (CjkChars.isAsciiLetterOrDigit(before) && CjkChars.isAsciiLetterOrDigit(after)) {
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
}
