package org.industrykg.extract;

/**
 * A typed span of the document text found by a named rule.
 *
 * @param text    the name it gives; usually the span's text, but an unnamed fund is named by its
 *                place and the text's own words (株洲天元区基金矩阵 for 基金矩阵)
 * @param begin   character offset in the normalised document text
 * @param method  the rule that found it, e.g. {@code rule:fund-suffix}
 * @param surface the span's text when it differs from {@code text}, else null
 */
public record Mention(EntityLabel label, String text, int begin, int end, int sentence, String method, String surface) {

    public Mention(EntityLabel label, String text, int begin, int end, int sentence, String method) {
        this(label, text, begin, end, sentence, method, null);
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Mention other) {
        return begin <= other.begin && other.end <= end;
    }

    public int length() {
        return end - begin;
    }
}
