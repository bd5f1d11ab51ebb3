package org.industrykg.ingest;

import java.nio.charset.Charset;

/**
 * The text of a file as read by {@link DocumentReader}.
 *
 * @param text    the decoded text, without any byte-order mark
 * @param charset the charset the bytes were decoded with (GBK-family files report GB18030); null
 *                for formats that carry their own encoding (PDF, DOCX, DOC)
 * @param bom     whether the file started with a byte-order mark
 * @param format  what the file was read as: {@code text}, {@code html}, {@code pdf}, {@code docx}
 *                or {@code doc}
 */
public record DecodedText(String text, Charset charset, boolean bom, String format) {

    /** Plain text decoded with {@code charset}. */
    public DecodedText(String text, Charset charset, boolean bom) {
        this(text, charset, bom, "text");
    }
}
