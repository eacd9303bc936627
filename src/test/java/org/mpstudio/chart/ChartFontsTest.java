package org.mpstudio.chart;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartFontsTest {

    @Test
    void givesNotoSansForEnglishAndVietnameseAndPhetsarathForLao() {
        ChartFonts fonts = ChartFonts.get();
        assertEquals("Noto Sans", fonts.font("en", Font.PLAIN, 8).getFamily());
        assertEquals("Noto Sans", fonts.font("vi", Font.BOLD, 8).getFamily());
        assertEquals("Noto Sans Bold", fonts.font("vi", Font.BOLD, 8).getFontName());
        assertEquals("Phetsarath OT", fonts.font("lo", Font.PLAIN, 8).getFamily());
        assertEquals(8.5f, fonts.font("lo", Font.PLAIN, 8.5f).getSize2D());
    }

    @Test
    void chartFontsCoverVietnameseAndLaoWithLatinDigits() {
        ChartFonts fonts = ChartFonts.get();
        assertEquals(-1, fonts.font("vi", Font.PLAIN, 8).canDisplayUpTo("Đài Loan (Trung Quốc) Nhật Bản 159.986"));
        assertEquals(-1, fonts.font("lo", Font.PLAIN, 8).canDisplayUpTo("ຜູ້ເຄື່ອນຍ້າຍ 2023"));
    }

    @Test
    void bundledFamiliesAreKnownToTheGraphicsEnvironment() {
        ChartFonts.get();
        List<String> families = List.of(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : List.of("Noto Sans", "Noto Serif", "Phetsarath OT", "Noto Sans Lao")) {
            assertTrue(families.contains(family), family);
        }
    }

    @Test
    void loadsOnce() {
        assertSame(ChartFonts.get(), ChartFonts.get());
    }
}
