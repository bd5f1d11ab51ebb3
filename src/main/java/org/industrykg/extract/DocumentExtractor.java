package org.industrykg.extract;

/** The extraction stages behind one call: mentions, resolution, relations. */
public interface DocumentExtractor {

    /**
     * Extracts entities and relations from one normalised document.
     *
     * @param document its file name (used in evidence), normalised text and issuer
     */
    Extraction extract(DocumentInput document);

    /**
     * A document as the extractor sees it.
     *
     * @param fileName  identity of the document, used in evidence
     * @param text      the normalised text; evidence offsets point into it
     * @param issuer    the issuing organisation from the letterhead, or null
     * @param title     the title, or null
     * @param known     names of entities already in the graph
     */
    record DocumentInput(String fileName, String text, String issuer, String title, KnownNames known) {

        public DocumentInput(String fileName, String text, String issuer, String title) {
            this(fileName, text, issuer, title, KnownNames.NONE);
        }
    }
}
