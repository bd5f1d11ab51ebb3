package org.industrykg.nlp;

/**
 * One segmented word with its part of speech and entity tags.
 *
 * @param ner    CoreNLP's entity tag, or the tag a named rule set (e.g. {@code FUND})
 * @param normNer the normalised value; rules put the whole mention text here so that two
 *               adjacent mentions of one tag stay apart
 * @param begin  character offset in the annotated text
 */
public record Token(String word, String pos, String ner, String normNer, int begin, int end) implements java.io.Serializable {
}
