package org.industrykg.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of comma-separated values (a registry or a spreadsheet saved as CSV and pasted into a page):
 * a run of three lines or more with the same number of unquoted ASCII commas, two or more, and no
 * sentence's end outside its quoted cells, that opens with a header of short labels. A quoted cell is one field whatever
 * it holds (a note of two clauses, a long list of investors). Their commas become tabs, as every other table's cell gaps do, and the quotes
 * around a quoted cell ({@code "深圳市,南山区"}) go. A comma between digits of a quoted number stays
 * in its cell; prose, which separates with {@code ，}, is left alone.
 */
final class CsvRows {

    /** The fewest rows that make a table rather than a line or two with commas in them. */
    private static final int MIN_ROWS = 3;
    /** The fewest separators on a row: three cells. */
    private static final int MIN_SEPARATORS = 2;
    /** The longest cell: a name, an address or a short note, not a clause of prose. */
    private static final int MAX_CELL = 60;
    /** The longest cell of the line that opens a table: its header's labels are short. */
    private static final int MAX_HEADER_CELL = 10;

    private CsvRows() {
    }

    /** The start offsets of the lines of {@code text} that are rows of a comma-separated table. */
    static Set<Integer> find(String text) {
        Set<Integer> rows = new HashSet<>();
        int runStart = -1;
        int runSeparators = -1;
        int runLength = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            int separators = separators(text, start, i);
            if (separators >= MIN_SEPARATORS && separators == runSeparators) {
                runLength++;
            } else {
                keep(text, runStart, runLength, rows);
                boolean opens = separators >= MIN_SEPARATORS && header(text, start, i);
                runStart = opens ? start : -1;
                runSeparators = opens ? separators : -1;
                runLength = opens ? 1 : 0;
            }
            start = i + 1;
        }
        keep(text, runStart, runLength, rows);
        return rows;
    }

    private static void keep(String text, int runStart, int runLength, Set<Integer> rows) {
        if (runLength < MIN_ROWS) {
            return;
        }
        int start = runStart;
        for (int n = 0; n < runLength; n++) {
            rows.add(start);
            start = text.indexOf('\n', start) + 1;
        }
    }

    /**
     * The unquoted commas of the line {@code [start, end)}, or -1 when the line reads as prose: it ends a sentence
     * somewhere (a ； only on a line of fewer than {@value #SEMICOLON_ROW} commas), is indented like a paragraph, begins
     * with a comma or ends with one of its few (an OCR'd or hard-wrapped paragraph whose commas came out half-width), or
     * has a cell longer than {@value #MAX_CELL} characters.
     */
    private static int separators(String text, int start, int end) {
        if (end == start || Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',') {
            return -1;
        }
        int commas = 0;
        int cellStart = start;
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue; // a quoted cell is one field whatever it holds: a note of two clauses, a long address
            } else if (c == '；') {
                semicolon = true; // a list inside a cell (区经发局；区投促局), or the end of a clause of prose
            } else if (c == '。' || c == '！' || c == '？'
                    || c == '.' && i > start && Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.HAN) {
                return -1;
            } else if (c == ',') {
                if (i - cellStart > MAX_CELL && text.charAt(cellStart) != '"') {
                    return -1;
                }
                commas += i < end ? 1 : 0;
                cellStart = i + 1;
            }
        }
        boolean trailing = text.charAt(end - 1) == ','; // a sheet's row may end with empty cells (…,区经发科信局,): three commas or more
        return quoted || semicolon && commas < SEMICOLON_ROW || trailing && commas <= MIN_SEPARATORS ? -1 : commas;
    }

    /** The fewest separators on a row whose cells may hold a list written with ；: a sheet's row, not a clause. */
    private static final int SEMICOLON_ROW = 4;

    /** A unit or a gloss in brackets after a header's label (总投资（万元）, 投资主体（母公司）). */
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[）)]");

    /**
     * Whether a line can head a table: every cell a short label (企业名称,所属行业,来源城市; a unit in brackets after it not
     * counted: 2025年计划投资（万元）), none a clause of prose.
     */
    private static boolean header(String text, int start, int end) {
        for (String cell : text.substring(start, end).split(",", -1)) {
            if (cell.isBlank() || BRACKETED.matcher(cell).replaceAll("").strip().length() > MAX_HEADER_CELL) {
                return false;
            }
        }
        return true;
    }

    /** The row with its unquoted commas as tabs and its cells' enclosing quotes dropped. */
    static MappedText cells(MappedText row) {
        MappedText.Builder cells = new MappedText.Builder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                boolean doubled = quoted && i + 1 < row.length() && row.charAt(i + 1) == '"';
                if (doubled) { // "" inside a quoted cell is one quote
                    cells.append(c, row.sourceAt(i));
                    i++;
                    continue;
                }
                quoted = !quoted;
                continue;
            }
            cells.append(c == ',' && !quoted ? '\t' : c, row.sourceAt(i));
        }
        return cells.build();
    }
}
