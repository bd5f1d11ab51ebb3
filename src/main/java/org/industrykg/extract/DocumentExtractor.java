package org.industrykg.extract;

import java.util.List;

import org.industrykg.nlp.Sentence;

/**
 * The extraction stages: annotation (the NLP pipeline, expensive, independent of the graph), then
 * mentions, resolution and relations.
 */
public interface DocumentExtractor {

    /** Segments, tags and splits a normalised text into sentences. Safe to call from several threads. */
    List<Sentence> annotate(String text);

    /** Builds the NLP pipeline and runs it on sample text until it is warm (the JIT has compiled it). */
    void warmUp();

    /** Extracts entities and relations from one annotated document. */
    Extraction extract(DocumentInput document, List<Sentence> sentences);

    /**
     * Extracts entities and relations from one normalised document.
     *
     * @param document its file name (used in evidence), normalised text and issuer
     */
    default Extraction extract(DocumentInput document) {
        return extract(document, annotate(document.text()));
    }

    /**
     * A document as the extractor sees it.
     *
     * @param fileName  identity of the document, used in evidence
     * @param text      the normalised text; evidence offsets point into it
     * @param issuer    the issuing organisation from the letterhead, or null
     * @param title     the title, or null
     * @param known     names of entities already in the graph
     * @param written   the text in the script the document was written in, with the same offsets
     *                  as {@code text} (Traditional characters where {@code text} has Simplified ones)
     */
    record DocumentInput(String fileName, String text, String issuer, String title, KnownNames known, String written) {

        public DocumentInput {
            if (written.length() != text.length()) {
                throw new IllegalArgumentException("written text must have the offsets of the text");
            }
        }

        public DocumentInput(String fileName, String text, String issuer, String title, KnownNames known) {
            this(fileName, text, issuer, title, known, text);
        }

        public DocumentInput(String fileName, String text, String issuer, String title) {
            this(fileName, text, issuer, title, KnownNames.NONE);
        }
    }
}
