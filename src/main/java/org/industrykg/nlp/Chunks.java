package org.industrykg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into pieces of at most a given length for the NLP pipeline, so that the memory
 * CoreNLP holds for a document (its annotation objects are many times the size of the text) is
 * bounded by the piece, not by the document. Cuts fall after a line break (a paragraph, and with
 * {@code ssplit.newlineIsSentenceBreak} always a sentence boundary), else after a sentence's final
 * punctuation, else anywhere (never inside a surrogate pair); so sentences are those of the whole
 * text except in a paragraph longer than a piece without any sentence end.
 */
public final class Chunks {

    private static final String SENTENCE_ENDS = "。！？!?；;";

    private Chunks() {
    }

    /** A piece of the text: {@code text.substring(begin, end)}. */
    public record Chunk(int begin, int end) {
    }

    /** Consecutive pieces covering the whole text, each at most {@code max} characters long. */
    public static List<Chunk> of(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a piece must hold at least 2 characters, not " + max);
        }
        List<Chunk> chunks = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > max) {
            int end = cut(text, begin, begin + max);
            chunks.add(new Chunk(begin, end));
            begin = end;
        }
        if (begin < text.length() || chunks.isEmpty()) {
            chunks.add(new Chunk(begin, text.length()));
        }
        return chunks;
    }

    /** Where to end the piece that starts at {@code begin} and may reach {@code limit} (exclusive). */
    private static int cut(String text, int begin, int limit) {
        int paragraph = text.lastIndexOf('\n', limit - 1);
        if (paragraph >= begin) {
            return paragraph + 1;
        }
        for (int i = limit - 1; i > begin; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
