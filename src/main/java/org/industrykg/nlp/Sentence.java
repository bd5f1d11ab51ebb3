package org.industrykg.nlp;

import java.util.List;

/** A sentence of the annotated text with its character span. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) implements java.io.Serializable {
}
