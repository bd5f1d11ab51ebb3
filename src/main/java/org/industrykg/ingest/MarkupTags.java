package org.industrykg.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup tags of a text that is XML or wiki source saved as plain text (an RSS feed's {@code <item><title>},
 * {@code <![CDATA[…]]>}, a wiki page's {@code <ref name="…">}): where each starts and ends, so that normalising drops
 * them and keeps what they enclose. A text with fewer than {@link #MIN_TAGS} element tags is taken as prose in which
 * a {@code <} is only a sign, and nothing is dropped.
 */
final class MarkupTags {

    /** An element tag, opening, closing or empty (<item>, </title>, <br/>, <atom:link href="…"/>), or a declaration, comment or CDATA mark. */
    private static final Pattern TAG = Pattern.compile(
            "</?([A-Za-z][A-Za-z0-9:_.-]{0,30})(?:\\s[^<>\\n]{0,300})?/?>|<\\?[^<>]{0,300}\\?>|<!--.*?-->|<!DOCTYPE[^<>]{0,300}>|<!\\[CDATA\\[|\\]\\]>",
            Pattern.DOTALL);
    /** The fewest element tags that make a text markup. */
    private static final int MIN_TAGS = 4;
    /** Elements whose tags stand between blocks of text: one ends a line where it stood. */
    private static final Set<String> BLOCKS = Set.of("item", "entry", "title", "description", "summary", "content", "channel",
            "p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pubdate", "link");

    private static final MarkupTags NONE = new MarkupTags(Map.of(), Set.of());

    private final Map<Integer, Integer> ends;
    private final Set<Integer> lineBreaks;

    private MarkupTags(Map<Integer, Integer> ends, Set<Integer> lineBreaks) {
        this.ends = ends;
        this.lineBreaks = lineBreaks;
    }

    static MarkupTags in(String source) {
        if (source.indexOf('<') < 0) {
            return NONE;
        }
        Map<Integer, Integer> ends = new HashMap<>();
        Set<Integer> lineBreaks = new HashSet<>();
        int elements = 0;
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            ends.put(tag.start(), tag.end());
            if (tag.group(1) != null) {
                elements++;
                if (BLOCKS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                    lineBreaks.add(tag.start());
                }
            }
        }
        return elements < MIN_TAGS ? NONE : new MarkupTags(ends, lineBreaks);
    }

    /** The end of the tag that starts at {@code i}, or {@code i} when none does. */
    int endAt(int i) {
        return ends.getOrDefault(i, i);
    }

    /** Whether the tag at {@code i} separates blocks of text. */
    boolean breaksLine(int i) {
        return lineBreaks.contains(i);
    }
}
