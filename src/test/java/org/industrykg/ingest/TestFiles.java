package org.industrykg.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * PDF and DOCX files made inside the tests with PDFBox and POI (both come with Tika).
 *
 * <p>PDFBox cannot embed the CJK fonts found on Debian machines (Noto CJK has CFF outlines, which
 * PDFBox only embeds from TrueType glyf tables), so the PDFs use a Type0 font that is referenced
 * but not embedded, with Identity-H codes equal to the Unicode code units and a ToUnicode map.
 * Text extraction reads the ToUnicode map only, exactly as it does in a PDF from a word processor;
 * a viewer substitutes a system font for the glyphs.
 */
final class TestFiles {

    private static final float FONT_SIZE = 12;
    private static final float LINE_HEIGHT = 18;

    private TestFiles() {
    }

    /** A PDF with one page per entry; each page's lines are drawn top to bottom as the layout broke them. */
    static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = unicodeFont(document);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - 72;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, FONT_SIZE);
                        content.newLineAtOffset(72, y);
                        content.appendRawCommands("<" + utf16Hex(line) + "> Tj\n");
                        content.endText();
                        y -= LINE_HEIGHT;
                    }
                }
            }
            return bytes(document);
        }
    }

    /** A PDF whose one page is an image of text: what a scanner makes. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var graphics = scan.createGraphics();
            graphics.fillRect(0, 0, 200, 100);
            graphics.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 500, 400, 200);
            }
            return bytes(document);
        }
    }

    /** A DOCX with one paragraph per entry. */
    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static String utf16Hex(String line) {
        StringBuilder hex = new StringBuilder();
        for (char c : line.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }

    /** A Type0 font, not embedded, whose two-byte codes are UTF-16 code units (ToUnicode maps each to itself). */
    private static PDFont unicodeFont(PDDocument document) throws IOException {
        COSStream toUnicode = document.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream()) {
            out.write(identityToUnicode().getBytes(StandardCharsets.US_ASCII));
        }
        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "TestUnicode");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setName(COSName.TYPE, "Font");
        cidFont.setName(COSName.SUBTYPE, "CIDFontType2");
        cidFont.setName(COSName.BASE_FONT, "TestUnicode");
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setName(COSName.CID_TO_GID_MAP, "Identity");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setName(COSName.TYPE, "Font");
        font.setName(COSName.SUBTYPE, "Type0");
        font.setName(COSName.BASE_FONT, "TestUnicode");
        font.setName(COSName.ENCODING, "Identity-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return PDFontFactory.createFont(font);
    }

    /** A ToUnicode CMap that maps every two-byte code to the same UTF-16 code unit (surrogates excepted). */
    private static String identityToUnicode() {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Integer> highBytes = java.util.stream.IntStream.range(0, 256)
                .filter(hi -> hi < 0xD8 || hi > 0xDF).boxed().toList();
        for (int from = 0; from < highBytes.size(); from += 100) {
            List<Integer> block = highBytes.subList(from, Math.min(from + 100, highBytes.size()));
            cmap.append(block.size()).append(" beginbfrange\n");
            for (int hi : block) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
