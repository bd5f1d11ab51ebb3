package org.industrykg.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans one physical line: drops page furniture, removes Markdown heading and emphasis markers,
 * trims, collapses runs of spaces and removes the spaces that PDF extraction puts between
 * Chinese characters and numbers.
 */
final class LineCleaner {

    private static final Pattern PAGE_FURNITURE = Pattern.compile(String.join("|",
            "[-—–‐ ]*\\d{1,4}[-—–‐ ]*",            // - 1 -, — 2 —, -3-, a lone number
            "第 ?\\d+ ?[页頁]( ?[,，/]? ?共 ?\\d+ ?[页頁])?",    // 第1页, 第1页 共5页 (頁: Traditional)
            "共 ?\\d+ ?[页頁] ?[,，/]? ?第 ?\\d+ ?[页頁]",      // 共5页 第1页
            "\\d+ ?/ ?\\d+",                          // 1/5
            "page ?\\d+( ?(of|/) ?\\d+)?",            // Page 1 of 5
            "([-*_] ?){3,}"),                         // Markdown horizontal rule
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^ *#{1,6}(?!#) *");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    /**
     * A row of a table written with pipes (Markdown, plain-text exports) or drawn with box-drawing characters (│ 序号 │
     * 名称 │): two or more cells between |, ｜, │, ┃ or ║.
     */
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*[|｜│┃║]?[^|｜│┃║]+(?:[|｜│┃║][^|｜│┃║]*){2,}$");
    /** The rule under a pipe table's header: |---|:---:|. */
    private static final Pattern PIPE_RULE = Pattern.compile("^\\s*[|｜]?(?:\\s*:?[-—–]{2,}:?\\s*[|｜])+\\s*(?::?[-—–]{2,}:?\\s*)?$");
    /** A drawn table's border or rule (┌──┬──┐, ├──┼──┤, +----+----+): box-drawing characters, dashes and spaces only. */
    private static final Pattern BOX_RULE = Pattern.compile("^[\\s\\-+=|│┃║]*[\\u2500-\\u257F][\\s\\-+=|│┃║\\u2500-\\u257F]*$|^\\s*\\+(?:[-=]{2,}\\+)+\\s*$");
    private static final Pattern EDGE_PIPES = Pattern.compile("^\\s*[|｜│┃║]|[|｜│┃║]\\s*$");

    /** The indent that opens a paragraph or an item: an ideographic space, a tab or two spaces, before a word. */
    private static final Pattern INDENT = Pattern.compile("^(?:\u3000|\t| {2,})\\s*\\S");

    /** The cleaned line, or empty when the line is page furniture. */
    Optional<Line> clean(MappedText raw, int breakSource) {
        if (PIPE_RULE.matcher(raw.text()).matches() || BOX_RULE.matcher(raw.text()).matches()) {
            return Optional.empty();
        }
        MappedText line = tidySpaces(PIPE_ROW.matcher(raw.text()).matches() ? cells(raw) : raw);
        if (PAGE_FURNITURE.matcher(line.text()).matches()) {
            return Optional.empty();
        }
        boolean heading = MARKDOWN_HEADING.matcher(line.text()).lookingAt();
        if (heading) {
            line = line.deleteAll(MARKDOWN_HEADING);
        }
        line = tidySpaces(line.deleteAll(EMPHASIS));
        return Optional.of(new Line(line, heading, breakSource, INDENT.matcher(raw.text()).lookingAt()));
    }

    /** A pipe table's row with its cells separated by tabs, as every other table reaches the extractor. */
    private static MappedText cells(MappedText row) {
        MappedText inner = row.deleteAll(EDGE_PIPES);
        MappedText.Builder cells = new MappedText.Builder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            cells.append(c == '|' || c == '｜' || c == '│' || c == '┃' || c == '║' ? '\t' : c, inner.sourceAt(i));
        }
        return cells.build();
    }

    /** Trims, keeps one space of every inner run, and drops the run where the layout rules say so. */
    private static MappedText tidySpaces(MappedText line) {
        MappedText.Builder tidy = new MappedText.Builder();
        boolean aligned = wordGaps(line) >= 2;
        int i = 0;
        while (i < line.length()) {
            if (!isSpace(line.charAt(i))) {
                tidy.append(line.charAt(i), line.sourceAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < line.length() && isSpace(line.charAt(end))) {
                end++;
            }
            boolean inner = i > 0 && end < line.length();
            if (inner && isCellGap(line, i, end, aligned)) {
                tidy.append('\t', line.sourceAt(i));
            } else if (inner && !isRemovableGap(line, i, end)) {
                tidy.append(' ', line.sourceAt(i));
            }
            i = end;
        }
        return tidy.build();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == TextNormaliser.IDEOGRAPHIC_SPACE;
    }

    /**
     * A gap between table cells or letterhead fields: it stays, as one tab, so the cells do not run together into one
     * name. That is a run of tabs alone anywhere (a first pass's, a TSV's, or the cells of an HTML row, also between
     * figures: 10⇥⇥2.5), two ideographic spaces anywhere (1　　J24-1-07: a number and a code in their cells), and next to
     * Chinese a tab among spaces, one ideographic space between words, three spaces, or two between words of two
     * characters or more on a line with another such gap; between two figures, three spaces on such a line. An ideographic space between single characters (通　知) is
     * only typography, and one double space in prose (a PDF's 江门市  蓬江区) is no table.
     */
    private static boolean isCellGap(MappedText line, int start, int end, boolean aligned) {
        int ideographic = 0;
        int tabs = 0;
        for (int k = start; k < end; k++) {
            tabs += line.charAt(k) == '\t' ? 1 : 0;
            ideographic += line.charAt(k) == TextNormaliser.IDEOGRAPHIC_SPACE ? 1 : 0;
        }
        boolean tab = tabs > 0;
        if (spacedLabel(line, start, end)) {
            return false; // 备　　注：, 地　　址： a form's label spaced out to the width of its longer neighbours
        }
        if (ideographic >= 2 || tabs == end - start) {
            return true; // 1　　J24-1-07, 10⇥⇥2.5 (two HTML cells of numbers): layout, whatever stands beside it
        }
        if (!CjkChars.isWide(line.charAt(start - 1)) && !CjkChars.isWide(line.charAt(end))) {
            return aligned && end - start >= 3 && Character.isDigit(line.charAt(start - 1))
                    && Character.isDigit(line.charAt(end)); // 6,200     2024.03.01: two figures' columns on a fixed-width row
        }
        if (tab) {
            return true;
        }
        boolean spacedCharacters = wordLengthBefore(line, start) == 1 && wordLengthAfter(line, end) == 1;
        boolean betweenWords = wordLengthBefore(line, start) >= 2 && wordLengthAfter(line, end) >= 2; // 序号  企业名称
        boolean afterRowNumber = rowNumberBefore(line, start) && wordLengthAfter(line, end) >= 2; // "   1  某某有限公司"
        return ideographic == 1 && !spacedCharacters || end - start >= 3 || aligned && end - start == 2 && (betweenWords || afterRowNumber);
    }

    /**
     * Whether the gap splits a two-character label spaced out to the width of the labels around it (备　　注：, 名　　称：):
     * one Chinese character opens the line before it, one stands after it, and a colon follows.
     */
    private static boolean spacedLabel(MappedText line, int start, int end) {
        if (end + 1 >= line.length() || line.charAt(end + 1) != '：' && line.charAt(end + 1) != ':'
                || !CjkChars.isWide(line.charAt(end)) || !CjkChars.isWide(line.charAt(start - 1))) {
            return false;
        }
        for (int i = 0; i < start - 1; i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word before {@code start} is a number that opens the line (a row's 序号 or 位次 cell). */
    private static boolean rowNumberBefore(MappedText line, int start) {
        int k = start - wordLengthBefore(line, start);
        for (int i = 0; i < k; i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        for (int i = k; i < start; i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return false;
            }
        }
        return k < start;
    }

    /** How many gaps of two spaces or more stand between words of two characters or more on the line. */
    private static int wordGaps(MappedText line) {
        int gaps = 0;
        for (int i = 1; i < line.length(); i++) {
            if (isSpace(line.charAt(i)) && !isSpace(line.charAt(i - 1))) {
                int end = i;
                while (end < line.length() && isSpace(line.charAt(end))) {
                    end++;
                }
                if (end - i >= 2 && end < line.length() && wordLengthBefore(line, i) >= 2 && wordLengthAfter(line, end) >= 2) {
                    gaps++;
                }
                i = end;
            }
        }
        return gaps;
    }

    private static int wordLengthBefore(MappedText line, int start) {
        int k = start;
        while (k > 0 && !isSpace(line.charAt(k - 1))) {
            k--;
        }
        return start - k;
    }

    private static int wordLengthAfter(MappedText line, int end) {
        int k = end;
        while (k < line.length() && !isSpace(line.charAt(k))) {
            k++;
        }
        return k - end;
    }

    /**
     * Spaces go between Chinese characters, between Chinese and Latin letters or digits (2025 年,
     * 产业 AI 促进中心), after a closing or before an opening bracket next to Chinese, and after a
     * decimal point ("11. 19"). Spaces between Latin words stay.
     */
    private static boolean isRemovableGap(MappedText line, int start, int end) {
        char left = line.charAt(start - 1);
        char right = line.charAt(end);
        if (CjkChars.isWide(left)) {
            return CjkChars.isWide(right) || CjkChars.isAsciiLetterOrDigit(right) || right == '(';
        }
        if (CjkChars.isAsciiLetterOrDigit(left) || left == '%' || left == ')') {
            return CjkChars.isWide(right);
        }
        boolean afterDecimalPoint = left == '.' && start >= 2 && CjkChars.isAsciiDigit(line.charAt(start - 2));
        return afterDecimalPoint && (CjkChars.isAsciiDigit(right) || CjkChars.isWide(right));
    }
}
