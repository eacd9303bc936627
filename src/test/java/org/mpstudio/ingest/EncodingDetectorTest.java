package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    /** "Tổng cộng,Nhật Bản" as Vietnamese Windows writes it: base letters plus combining tone marks. */
    static byte[] windows1258TongCongNhatBan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // T, ô (0xF4), combining hook above (0xD2), n, g, space, c, ô, combining dot below (0xF2), n, g
        out.writeBytes(new byte[] {'T', (byte) 0xF4, (byte) 0xD2, 'n', 'g', ' ', 'c', (byte) 0xF4, (byte) 0xF2,
            'n', 'g', ','});
        // N, h, â (0xE2), combining dot below (0xF2), t, space, B, a, combining hook above (0xD2), n
        out.writeBytes(new byte[] {'N', 'h', (byte) 0xE2, (byte) 0xF2, 't', ' ', 'B', 'a', (byte) 0xD2, 'n'});
        return out.toByteArray();
    }

    @Test
    void decodesWindows1258AndComposesToneMarksToNfc() {
        EncodingDetector.Decoded decoded = EncodingDetector.decode(windows1258TongCongNhatBan());
        assertEquals(EncodingDetector.WINDOWS_1258, decoded.charset());
        assertEquals("T\u1ED5ng c\u1ED9ng,Nh\u1EADt B\u1EA3n", decoded.text());
        assertTrue(Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC));
    }

    @Test
    void decodesUtf8WithAndWithoutBom() {
        byte[] plain = "Nhật Bản".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("Nhật Bản", EncodingDetector.decode(plain).text());
        assertEquals("Nhật Bản", EncodingDetector.decode(bom).text());
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.decode(plain).charset());
    }

    @Test
    void decodesUtf16WithBomInBothByteOrders() {
        byte[] le = "\uFEFFTổng cộng".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFFTổng cộng".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Tổng cộng", EncodingDetector.decode(le).text());
        assertEquals(StandardCharsets.UTF_16LE, EncodingDetector.decode(le).charset());
        assertEquals("Tổng cộng", EncodingDetector.decode(be).text());
        assertEquals(StandardCharsets.UTF_16BE, EncodingDetector.decode(be).charset());
    }

    @Test
    void normalizesDecomposedUtf8ToNfc() {
        String decomposed = Normalizer.normalize("Nhật Bản", Normalizer.Form.NFD);
        assertEquals("Nhật Bản", EncodingDetector.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void flagsNulBytesAndManyControlCharactersAsBinary() {
        assertTrue(EncodingDetector.looksBinary("a,b\u0000c"));
        assertTrue(EncodingDetector.looksBinary("ab\u0001\u0002cd"));
        assertFalse(EncodingDetector.looksBinary("a,b\tc\r\nd"));
    }
}
