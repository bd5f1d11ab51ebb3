package org.industrykg.ingest;

import java.nio.charset.Charset;

/**
 * The text of a file as decoded by {@link EncodingDetector}.
 *
 * @param text    the decoded text, without any byte-order mark
 * @param charset the charset the bytes were decoded with (GBK-family files report GB18030)
 * @param bom     whether the file started with a byte-order mark
 */
public record DecodedText(String text, Charset charset, boolean bom) {
}
