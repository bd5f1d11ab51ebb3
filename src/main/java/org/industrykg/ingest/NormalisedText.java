package org.industrykg.ingest;

/**
 * Normalised document text together with the way back to the decoded source.
 *
 * @param text     the normalised text; all later stages count offsets in it. Simplified Chinese:
 *                 a document written in Traditional characters is converted
 * @param toSource {@code toSource[i]} is the offset in the source of the character that became
 *                 {@code text.charAt(i)}; the extra last entry is the end of the last character,
 *                 so end offsets map too. Its length is {@code text.length() + 1}; do not modify it.
 * @param written  the same normalised text in the script the document was written in, character
 *                 for character (same length and offsets as {@code text}); equal to {@code text}
 *                 unless the document was converted from Traditional characters
 */
public record NormalisedText(String text, int[] toSource, String written) {

    public NormalisedText {
        if (toSource.length != text.length() + 1) {
            throw new IllegalArgumentException(
                    "toSource needs " + (text.length() + 1) + " entries, has " + toSource.length);
        }
        if (written.length() != text.length()) {
            throw new IllegalArgumentException(
                    "written text has " + written.length() + " characters, text has " + text.length());
        }
    }

    /** A text in the script it was written in. */
    public NormalisedText(String text, int[] toSource) {
        this(text, toSource, text);
    }

    /** The source offset of a normalised offset in {@code [0, text.length()]}. */
    public int sourceOffset(int normalisedOffset) {
        if (normalisedOffset < 0 || normalisedOffset > text.length()) {
            throw new IndexOutOfBoundsException(
                    "offset " + normalisedOffset + " outside [0, " + text.length() + "]");
        }
        return toSource[normalisedOffset];
    }

    /** The span {@code [start, end)} of the normalised text as the document wrote it (清華大學 for 清华大学). */
    public String original(int start, int end) {
        return written.substring(start, end);
    }

    /** Whether the document was written in Traditional characters and converted to Simplified. */
    public boolean convertedFromTraditional() {
        return !written.equals(text);
    }
}
