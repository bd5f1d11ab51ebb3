package org.industrykg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a document into text. A byte-order mark decides the charset when there is
 * one (UTF-8, UTF-16, UTF-32); otherwise juniversalchardet guesses and every guess is checked by
 * a strict decode. GBK-family guesses are decoded with GB18030, their superset; when the detector
 * is unsure, UTF-8 is tried first and GB18030 second.
 */
public final class EncodingDetector {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("GB18030", "GBK", "GB2312", "EUC-CN", "HZ-GB-2312");
    /** Share of control characters above which content is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private EncodingDetector() {
    }

    /**
     * Decodes a file's bytes.
     *
     * @param bytes    the whole file
     * @param fileName used in the exception message only
     * @throws UnreadableFileException if the file is empty, looks binary or cannot be decoded
     */
    public static DecodedText decode(byte[] bytes, String fileName) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException(fileName, "file is empty");
        }
        Optional<Charset> bomCharset = ByteOrderMark.charsetOf(bytes);
        if (bomCharset.isPresent()) {
            return decodeWithBom(bytes, bomCharset.get(), fileName);
        }
        if (looksBinary(IntStream.range(0, bytes.length).map(i -> bytes[i] & 0xFF), bytes.length)) {
            throw new UnreadableFileException(fileName, "looks binary");
        }
        for (Charset charset : candidates(detectedCharset(bytes))) {
            Optional<String> text = decodeStrictly(bytes, charset);
            if (text.isPresent()) {
                return new DecodedText(text.get(), charset, false);
            }
        }
        throw new UnreadableFileException(fileName, "cannot be decoded as UTF-8 or GB18030");
    }

    /** Whether the bytes start with the byte-order mark of a Unicode encoding. */
    static boolean startsWithByteOrderMark(byte[] bytes) {
        return ByteOrderMark.charsetOf(bytes).isPresent();
    }

    private static DecodedText decodeWithBom(byte[] bytes, Charset charset, String fileName)
            throws UnreadableFileException {
        String text = decodeStrictly(bytes, charset)
                .orElseThrow(() -> new UnreadableFileException(fileName,
                        "cannot be decoded as " + charset.name() + " although it starts with its byte-order mark"));
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (withoutBom.isEmpty()) {
            throw new UnreadableFileException(fileName, "file is empty");
        }
        if (looksBinary(withoutBom.chars(), withoutBom.length())) {
            throw new UnreadableFileException(fileName, "looks binary");
        }
        return new DecodedText(withoutBom, charset, true);
    }

    private static String detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static List<Charset> candidates(String detected) {
        if (detected != null && GB_FAMILY.contains(detected.toUpperCase(Locale.ROOT))) {
            return List.of(GB18030, StandardCharsets.UTF_8);
        }
        return List.of(StandardCharsets.UTF_8, GB18030);
    }

    /** The text when every byte decodes with {@code charset}, else empty. */
    static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Binary: any NUL, or more control characters than text ever has (tab and line breaks excepted). */
    private static boolean looksBinary(IntStream units, int length) {
        int[] controls = units.filter(EncodingDetector::isSuspiciousControl).toArray();
        boolean hasNul = IntStream.of(controls).anyMatch(unit -> unit == 0);
        return hasNul || controls.length > length * MAX_CONTROL_SHARE;
    }

    private static boolean isSuspiciousControl(int unit) {
        boolean control = unit < 0x20 || unit == 0x7F;
        boolean whitespace = unit == '\t' || unit == '\n' || unit == '\r' || unit == '\f';
        return control && !whitespace;
    }

    /** The byte-order marks of Unicode encodings; UTF-32LE's must be tested before UTF-16LE's. */
    private enum ByteOrderMark {
        UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
        UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
        UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
        UTF_16LE("UTF-16LE", 0xFF, 0xFE),
        UTF_16BE("UTF-16BE", 0xFE, 0xFF);

        private final Charset charset;
        private final int[] prefix;

        ByteOrderMark(String charset, int... prefix) {
            this.charset = Charset.forName(charset);
            this.prefix = prefix;
        }

        static Optional<Charset> charsetOf(byte[] bytes) {
            return Arrays.stream(values())
                    .filter(mark -> mark.starts(bytes))
                    .findFirst()
                    .map(mark -> mark.charset);
        }

        private boolean starts(byte[] bytes) {
            return bytes.length >= prefix.length
                    && IntStream.range(0, prefix.length).allMatch(i -> (bytes[i] & 0xFF) == prefix[i]);
        }
    }
}
