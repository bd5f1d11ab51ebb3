package org.industrykg.graph;

import java.util.Map;

/**
 * A source document as stored on its {@code Document} node.
 *
 * @param fileName   the file's name, which is also the document's identity
 * @param sha256     hash of the file's bytes; an unchanged file is skipped
 * @param properties text, title, docNumber, issuer, date, recipient, cc, charset, ...
 */
public record DocumentRecord(String fileName, String sha256, Map<String, Object> properties) {

    public String key() {
        return keyOf(fileName);
    }

    public static String keyOf(String fileName) {
        return "Document:" + fileName;
    }
}
