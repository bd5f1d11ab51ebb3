package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    /** An invented notice: title, salutation, a paragraph that the PDF layout breaks over lines and a page. */
    static final String TITLE = "江城示范区关于支持智能装备产业发展的通知";
    static final String SALUTATION = "各有关单位：";
    static final String BODY = "为加快人形机器人产业集聚发展，东湖示范智能装备有限公司与江城示范理工大学共建具身智能联合实验室，"
            + "双方将在关键零部件、整机研发和应用场景等方面开展合作，实验室落户江城示范区创新产业园。";
    static final String CLOSING = "特此通知。";

    private final TextNormaliser normaliser = new TextNormaliser();

    private String normalised(byte[] bytes, String name) throws UnreadableFileException {
        return normaliser.normalise(DocumentReader.read(bytes, name).text()).text();
    }

    private String asTxt() throws UnreadableFileException {
        String txt = String.join("\n\n", TITLE, SALUTATION, BODY, CLOSING);
        return normalised(txt.getBytes(StandardCharsets.UTF_8), "notice.txt");
    }

    @Test
    void pdf_gives_the_normalised_text_of_the_same_text_file() throws Exception {
        byte[] pdf = TestFiles.pdf(List.of(
                List.of(TITLE, "", SALUTATION, "", BODY.substring(0, 30), BODY.substring(30, 60), "", "- 1 -"),
                List.of(BODY.substring(60), "", CLOSING, "", "- 2 -")));

        DecodedText read = DocumentReader.read(pdf, "notice.pdf");

        assertThat(read.format()).isEqualTo("pdf");
        assertThat(read.charset()).isNull();
        assertThat(normalised(pdf, "notice.pdf")).isEqualTo(asTxt());
    }

    @Test
    void docx_gives_the_normalised_text_of_the_same_text_file() throws Exception {
        byte[] docx = TestFiles.docx(List.of(TITLE, SALUTATION, BODY, CLOSING));

        assertThat(DocumentReader.read(docx, "notice.docx").format()).isEqualTo("docx");
        assertThat(normalised(docx, "notice.docx")).isEqualTo(asTxt());
    }

    @Test
    void pdf_without_a_text_layer_fails_naming_the_file_and_saying_it_needs_ocr() throws Exception {
        byte[] scan = TestFiles.scannedPdf();

        assertThatThrownBy(() -> DocumentReader.read(scan, "scan-2025.pdf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("scan-2025.pdf: ")
                .hasMessageContaining("no text layer")
                .hasMessageContaining("OCR");
    }

    @Test
    void file_that_is_not_what_its_name_says_fails_naming_the_file() {
        byte[] text = "这不是一个Word文件。".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DocumentReader.read(text, "letter.doc"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("letter.doc: ");
        assertThatThrownBy(() -> DocumentReader.read(text, "letter.pdf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("letter.pdf: ");
        assertThatThrownBy(() -> DocumentReader.read(new byte[0], "empty.docx"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("empty.docx: file is empty");
    }

    @Test
    void other_extensions_are_read_as_plain_text_in_any_supported_encoding() throws Exception {
        DecodedText read = DocumentReader.read(BODY.getBytes("GB18030"), "notice.md");

        assertThat(read.text()).isEqualTo(BODY);
        assertThat(read.format()).isEqualTo("text");
        assertThat(read.charset().name()).isEqualTo("GB18030");
    }
}
