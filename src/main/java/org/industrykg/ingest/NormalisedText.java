package org.industrykg.ingest;

/**
 * Normalised document text together with the way back to the decoded source.
 *
 * @param text     the normalised text; all later stages count offsets in it
 * @param toSource {@code toSource[i]} is the offset in the source of the character that became
 *                 {@code text.charAt(i)}; the extra last entry is the end of the last character,
 *                 so end offsets map too. Its length is {@code text.length() + 1}; do not modify it.
 */
public record NormalisedText(String text, int[] toSource) {

    public NormalisedText {
        if (toSource.length != text.length() + 1) {
            throw new IllegalArgumentException(
                    "toSource needs " + (text.length() + 1) + " entries, has " + toSource.length);
        }
    }

    /** The source offset of a normalised offset in {@code [0, text.length()]}. */
    public int sourceOffset(int normalisedOffset) {
        if (normalisedOffset < 0 || normalisedOffset > text.length()) {
            throw new IndexOutOfBoundsException(
                    "offset " + normalisedOffset + " outside [0, " + text.length() + "]");
        }
        return toSource[normalisedOffset];
    }
}
