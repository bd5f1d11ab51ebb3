package org.industrykg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text layer of PDF, DOCX and DOC files, read with Apache Tika's parser for the format the
 * file name gives (PDFBox for PDF, POI for DOCX and DOC). Only text is taken: no OCR, no embedded
 * files or images. The text then goes through the same normalisation as a plain-text file, which
 * drops page numbers and rejoins the lines that the PDF layout broke.
 */
final class OfficeText {

    /** Fewer letters, digits and Han characters than this per page: the pages are images. */
    private static final int MIN_CHARACTERS_PER_PAGE = 8;
    /** Tika ends a PDF page with several blank lines; one is what a page break looks like in text. */
    private static final Pattern BLANK_RUN = Pattern.compile("\\n[ \\t\\u00A0]*(?:\\n[ \\t\\u00A0]*){2,}");

    /** Thread-safe; built once. */
    private static final Parser PDF = new PDFParser();
    private static final Parser DOCX = new OOXMLParser();
    private static final Parser DOC = new OfficeParser();

    private OfficeText() {
    }

    /**
     * Reads a document's text.
     *
     * @param format {@code pdf}, {@code docx} or {@code doc}: what the file name says it is
     * @throws UnreadableFileException when the file is not such a document, is password-protected,
     *                                 or is a PDF without a text layer (scanned pages)
     */
    static DecodedText read(byte[] bytes, String fileName, String format) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException(fileName, "file is empty");
        }
        boolean pdf = format.equals("pdf");
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ContentHandler handler = pdf ? new BodyContentHandler(-1) : new ToXMLContentHandler();
        Parser parser = switch (format) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "doc" -> DOC;
            default -> throw new IllegalArgumentException("not a Tika format: " + format);
        };
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(fileName, "is password-protected");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new UnreadableFileException(fileName, "cannot be read as " + format.toUpperCase(Locale.ROOT)
                    + " (" + rootMessage(e) + ")");
        }
        // Word paragraphs and headings come as XHTML blocks, like an HTML page's; a PDF's lines as text.
        String text = pdf ? BLANK_RUN.matcher(handler.toString()).replaceAll("\n\n") : HtmlText.bodyOf(handler.toString());
        long characters = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (pdf) {
            Integer pageCount = metadata.getInt(PagedText.N_PAGES);
            int pages = pageCount == null ? 1 : Math.max(1, pageCount);
            if (characters < (long) MIN_CHARACTERS_PER_PAGE * pages) {
                throw new UnreadableFileException(fileName, "PDF has no text layer (scanned pages?); it needs OCR,"
                        + " which this tool does not do");
            }
        } else if (characters == 0) {
            throw new UnreadableFileException(fileName, "document contains no text");
        }
        return new DecodedText(text, null, false, format);
    }

    private static ParseContext context() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
