package org.industrykg.ingest;

/**
 * One physical line after cleaning.
 *
 * @param content     the cleaned line, empty for a blank line
 * @param heading     whether the source marked it as a Markdown heading
 * @param breakSource the source offset of the line break that ends it
 * @param indented    whether the source line opened with an indent (an ideographic space, a tab or two spaces)
 */
record Line(MappedText content, boolean heading, int breakSource, boolean indented) {

    boolean isBlank() {
        return content.isEmpty();
    }

    String text() {
        return content.text();
    }
}
