package org.industrykg.extract;

/**
 * Where a fact is stated: the document's file name, the sentence, and the sentence's character
 * offsets in the normalised document text.
 */
public record Evidence(String document, String sentence, int start, int end) {
}
