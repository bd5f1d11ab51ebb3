package org.industrykg.extract;

/**
 * A typed span of the document text found by a named rule.
 *
 * @param begin   character offset in the normalised document text
 * @param method  the rule that found it, e.g. {@code rule:fund-suffix}
 */
public record Mention(EntityLabel label, String text, int begin, int end, int sentence, String method) {

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
