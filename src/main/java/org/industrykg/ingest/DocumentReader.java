package org.industrykg.ingest;

import java.util.Locale;

/**
 * Reads a file's text by its extension: {@code .pdf}, {@code .docx} and {@code .doc} through
 * Apache Tika, {@code .html} and {@code .htm} through jsoup (honouring the page's declared
 * charset), everything else as plain text in UTF-8, UTF-16/32 with a byte-order mark, or
 * GB18030/GBK ({@link EncodingDetector}).
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * The text of a file, ready for {@link TextNormaliser}.
     *
     * @param bytes    the whole file
     * @param fileName its name; the extension chooses the reader, and every error message starts with it
     * @throws UnreadableFileException if the file is empty, binary, undecodable, not the format its
     *                                 name says, or a PDF without a text layer
     */
    public static DecodedText read(byte[] bytes, String fileName) throws UnreadableFileException {
        String extension = extensionOf(fileName);
        return switch (extension) {
            case "pdf", "docx", "doc" -> OfficeText.read(bytes, fileName, extension);
            case "html", "htm", "xhtml" -> HtmlText.read(bytes, fileName);
            default -> EncodingDetector.decode(bytes, fileName);
        };
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
