package org.industrykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String PARAGRAPH = "机器人产业是中山市重点培育的未来产业之一。人形机器人具有高度仿生、智能交互、"
            + "多场景应用等突出特点，发展前景十分广阔。";

    @Test
    void decodes_utf8() throws Exception {
        DecodedText decoded = EncodingDetector.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "a.txt");

        assertThat(decoded.text()).isEqualTo(PARAGRAPH);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.bom()).isFalse();
    }

    @Test
    void decodes_plain_ascii_as_utf8() throws Exception {
        DecodedText decoded = EncodingDetector.decode("Page 1 of 5".getBytes(StandardCharsets.US_ASCII), "a.txt");

        assertThat(decoded.text()).isEqualTo("Page 1 of 5");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void removes_utf8_byte_order_mark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PARAGRAPH.getBytes(StandardCharsets.UTF_8));

        DecodedText decoded = EncodingDetector.decode(bytes, "bom.txt");

        assertThat(decoded.text()).isEqualTo(PARAGRAPH);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.bom()).isTrue();
    }

    @Test
    void decodes_gb18030_file_to_the_same_text_as_its_utf8_original() throws Exception {
        byte[] gb = resource("letterhead.gb18030.txt");
        String original = new String(resource("letterhead.utf8.txt"), StandardCharsets.UTF_8);

        DecodedText decoded = EncodingDetector.decode(gb, "letterhead.gb18030.txt");

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.text()).isEqualTo(original).contains("中工信函〔2025〕107号");
        assertThat(decoded.bom()).isFalse();
    }

    @Test
    void decodes_gbk_bytes_with_gb18030() throws Exception {
        byte[] gbk = PARAGRAPH.getBytes(Charset.forName("GBK"));

        DecodedText decoded = EncodingDetector.decode(gbk, "gbk.txt");

        assertThat(decoded.text()).isEqualTo(PARAGRAPH);
        assertThat(decoded.charset()).isEqualTo(GB18030);
    }

    @Test
    void decodes_short_gbk_text_that_the_detector_is_unsure_about() throws Exception {
        byte[] gbk = "中山市工业和信息化局".getBytes(Charset.forName("GBK"));

        assertThat(EncodingDetector.decode(gbk, "short.txt").text()).isEqualTo("中山市工业和信息化局");
    }

    @Test
    void decodes_utf16_with_byte_order_mark() throws Exception {
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PARAGRAPH.getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PARAGRAPH.getBytes(StandardCharsets.UTF_16BE));

        DecodedText little = EncodingDetector.decode(littleEndian, "le.txt");
        DecodedText big = EncodingDetector.decode(bigEndian, "be.txt");

        assertThat(little.text()).isEqualTo(PARAGRAPH);
        assertThat(little.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(little.bom()).isTrue();
        assertThat(big.text()).isEqualTo(PARAGRAPH);
        assertThat(big.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void rejects_empty_file() {
        assertThatThrownBy(() -> EncodingDetector.decode(new byte[0], "empty.txt"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("empty.txt: file is empty")
                .satisfies(e -> {
                    UnreadableFileException unreadable = (UnreadableFileException) e;
                    assertThat(unreadable.fileName()).isEqualTo("empty.txt");
                    assertThat(unreadable.reason()).isEqualTo("file is empty");
                });
    }

    @Test
    void rejects_file_holding_only_a_byte_order_mark() {
        assertThatThrownBy(() -> EncodingDetector.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.txt"))
                .hasMessage("bom.txt: file is empty");
    }

    @Test
    void rejects_binary_with_nul_bytes() {
        byte[] bytes = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1, 2, 'x', 0});

        assertThatThrownBy(() -> EncodingDetector.decode(bytes, "scan.pdf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("scan.pdf: looks binary");
    }

    @Test
    void rejects_text_full_of_control_characters() {
        byte[] bytes = "ab\u0001cd\u0002ef\u0003gh\u0004".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> EncodingDetector.decode(bytes, "odd.bin"))
                .hasMessage("odd.bin: looks binary");
    }

    @Test
    void rejects_bytes_that_are_neither_utf8_nor_gb18030() {
        byte[] bytes = {'a', 'b', (byte) 0xFF, (byte) 0xFF, 'c', (byte) 0x80, 'd'};

        assertThatThrownBy(() -> EncodingDetector.decode(bytes, "broken.txt"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("broken.txt: cannot be decoded as UTF-8 or GB18030");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EncodingDetectorTest.class.getResourceAsStream("/ingest/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
