package org.industrykg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table drawn with box-drawing characters or pipes whose cells wrap onto the next line (a Word or PDF
 * table printed as text: │ 1 │ 深圳市某某智能 │ 南山区 │ then │   │ 科技有限公司 │       │). A line whose first cell is
 * blank continues the row above it when both have the same cells and another of its cells is blank too: its cells are
 * appended to the row's, cell by cell, so that a name wrapped in its cell comes out whole. A line whose other cells are
 * all filled is a row of its own under a merged first cell.
 */
final class DrawnRows {

    /** The rows of a table, each with its continuation lines merged in, by the offset where the row's line starts. */
    private final Map<Integer, MappedText> merged = new HashMap<>();
    /** The offsets of continuation lines, which a merged row has taken in. */
    private final java.util.Set<Integer> continuations = new java.util.HashSet<>();

    private DrawnRows() {
    }

    /** Reads the drawn tables of the characters of a document (lines separated by {@code \n}). */
    static DrawnRows of(MappedText characters) {
        DrawnRows rows = new DrawnRows();
        String text = characters.text();
        int rowStart = -1;
        List<MappedText[]> rowCells = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            MappedText line = characters.slice(start, end);
            List<MappedText> cells = cells(line);
            if (cells != null && rowStart >= 0 && cells.size() == rowCells.size() && isBlank(cells.get(0))
                    && cells.stream().anyMatch(c -> !isBlank(c)) && cells.stream().skip(1).anyMatch(DrawnRows::isBlank)) {
                for (int i = 0; i < cells.size(); i++) {
                    rowCells.get(i)[0] = join(rowCells.get(i)[0], cells.get(i));
                }
                rows.continuations.add(start);
                rows.merged.put(rowStart, row(rowCells));
            } else if (cells != null && !isBlank(cells.get(0)) && cells.stream().anyMatch(c -> !isRule(c))) {
                rowStart = start;
                rowCells = new ArrayList<>();
                for (MappedText cell : cells) {
                    rowCells.add(new MappedText[] {cell});
                }
            } else {
                rowStart = -1;
            }
            start = end + 1;
        }
        return rows;
    }

    /** The line to clean in place of the one starting at {@code start}: its merged row, or itself. */
    MappedText line(int start, MappedText line) {
        return merged.getOrDefault(start, line);
    }

    /** Whether the line starting at {@code start} continues the row above it (and was merged into it). */
    boolean continues(int start) {
        return continuations.contains(start);
    }

    /** The cells of a line framed by separators (│ a │ b │), or null when the line is no such row. */
    private static List<MappedText> cells(MappedText line) {
        String text = line.text();
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (first >= last || !isSeparator(text.charAt(first)) || !isSeparator(text.charAt(last))) {
            return null;
        }
        List<MappedText> cells = new ArrayList<>();
        int cellStart = first + 1;
        for (int i = first + 1; i <= last; i++) {
            if (isSeparator(text.charAt(i))) {
                cells.add(line.slice(cellStart, i));
                cellStart = i + 1;
            }
        }
        return cells.size() >= 2 ? cells : null;
    }

    /**
     * Only a drawn table's bars: a Markdown or plain pipe table writes a row per line, and a blank first cell there
     * is a merged cell (a category over several rows), not a wrapped one.
     */
    private static boolean isSeparator(char c) {
        return c == '│' || c == '┃' || c == '║';
    }

    /** A cell of a rule line (──, ---, :---:), which starts no row. */
    private static boolean isRule(MappedText cell) {
        return cell.text().strip().matches("[-—–:=\\u2500-\\u257F ]*");
    }

    private static boolean isBlank(MappedText cell) {
        return cell.text().isBlank();
    }

    /** A cell with the words of its continuation appended, without the spaces that pad either. */
    private static MappedText join(MappedText cell, MappedText more) {
        MappedText.Builder joined = new MappedText.Builder();
        appendStripped(joined, cell);
        appendStripped(joined, more);
        return joined.build();
    }

    private static void appendStripped(MappedText.Builder to, MappedText cell) {
        String text = cell.text();
        int from = 0;
        int end = text.length();
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        to.append(cell, from, end);
    }

    /** A merged row written back as a line: │ cell │ cell │, each separator mapped to the cell before it. */
    private static MappedText row(List<MappedText[]> cells) {
        MappedText.Builder row = new MappedText.Builder();
        for (MappedText[] cell : cells) {
            MappedText text = cell[0];
            int anchor = text.length() > 0 ? text.sourceAt(0) : 0;
            row.append('│', anchor);
            row.append(text);
            row.append(' ', text.length() > 0 ? text.sourceAt(text.length() - 1) : anchor);
        }
        MappedText last = cells.get(cells.size() - 1)[0];
        row.append('│', last.length() > 0 ? last.sourceAt(last.length() - 1) : 0);
        return row.build();
    }
}
