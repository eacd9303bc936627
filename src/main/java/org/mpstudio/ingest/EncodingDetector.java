package org.mpstudio.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Decodes the bytes of a text file: a byte order mark decides (UTF-8, UTF-16 LE/BE); otherwise strictly valid UTF-8
 * is UTF-8 and anything else is Windows-1258 (Vietnamese Windows). The text is returned in Unicode NFC, because
 * Windows-1258 writes Vietnamese tone marks as combining characters.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Decoded text, without the byte order mark, in NFC. */
    record Decoded(String text, Charset charset) {
    }

    private EncodingDetector() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (isAscii(bytes)) {
            // fast path: ASCII is valid UTF-8 and already NFC
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
        return strictUtf8(bytes)
                .map(text -> decoded(text, StandardCharsets.UTF_8))
                .orElseGet(() -> decoded(new String(bytes, WINDOWS_1258), WINDOWS_1258));
    }

    /** True for NUL characters, or when more than 1% of the characters are control characters other than tab/CR/LF. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFD) {
                controls++;
            }
        }
        return controls * 100L > text.length();
    }

    /** NFC form of {@code text}; cheap for text without characters from U+0300 up, which is always NFC. */
    static String toNfc(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    private static Decoded decoded(String text, Charset charset) {
        return new Decoded(toNfc(text), charset);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
