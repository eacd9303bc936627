package org.mpstudio.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaoTextTest {

    private static final float SIZE = 100f;

    @Test
    void wrapsLaoTextInZeroWidthJoiners() {
        assertEquals("\u200Dຄົນ\u200D", LaoText.shapeable("ຄົນ"));
    }

    @Test
    void leavesTextWithoutLaoUnchanged() {
        assertEquals("Hàn Quốc", LaoText.shapeable("Hàn Quốc"));
        assertEquals("2023", LaoText.shapeable("2023"));
        assertEquals("", LaoText.shapeable(null));
    }

    @Test
    void endsEveryWordWithAJoinerSoWrappedLinesStayShaped() {
        assertEquals("\u200Dໄຕ້ຫວັນ\u200D (ຈີນ)\u200D", LaoText.shapeable("ໄຕ້ຫວັນ (ຈີນ)"));
        assertEquals("\u200Dກົມ\u200D\n  ແຮງງານ\u200D", LaoText.shapeable("ກົມ\n  ແຮງງານ"));
    }

    @Test
    void isIdempotent() {
        String once = LaoText.shapeable("ກົມແຮງງານ (2024)");
        assertEquals(once, LaoText.shapeable(once));
    }

    /**
     * Draws a Lao word with a tone mark over an upper vowel, as the charts draw text (Graphics2D.drawString in
     * Phetsarath OT), and compares the ink: unshaped, the tone mark sits on the vowel and both make one band of
     * ink rows above the consonants; shaped, the tone mark is lifted clear of the vowel, so there is one more
     * band and the ink reaches markedly higher.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ນ້ຳ", "ຜູ້ເຄື່ອນຍ້າຍ", "ຍີ່ປຸ່ນ"})
    void shapedLaoLiftsToneMarksClearOfTheVowelBelowThem(String word) {
        Font font = ChartFonts.get().font("lo", Font.PLAIN, SIZE);
        Ink plain = ink(word, font);
        Ink shaped = ink(LaoText.shapeable(word), font);
        assertEquals(plain.bands().size() + 1, shaped.bands().size(),
                "ink bands plain " + plain.bands() + ", shaped " + shaped.bands());
        assertTrue(plain.top() - shaped.top() >= SIZE * 0.15,
                "tone marks lifted: plain top row " + plain.top() + ", shaped " + shaped.top());
    }

    /** A wrapped line may keep only the joiner at its last word's end; that one must shape the line as well. */
    @Test
    void joinerAtTheEndOfALineShapesItToo() {
        Font font = ChartFonts.get().font("lo", Font.PLAIN, SIZE);
        Ink plain = ink("ຜູ້ເຄື່ອນຍ້າຍ", font);
        Ink endJoiner = ink("ຜູ້ເຄື່ອນຍ້າຍ" + LaoText.ZWJ, font);
        assertEquals(plain.bands().size() + 1, endJoiner.bands().size());
        assertEquals(ink(LaoText.shapeable("ຜູ້ເຄື່ອນຍ້າຍ"), font).bands(), endJoiner.bands());
    }

    @Test
    void wordWithoutStackedMarksKeepsItsMarksWhereTheyWere() {
        Font font = ChartFonts.get().font("lo", Font.PLAIN, SIZE);
        Ink plain = ink("ຄົນ", font);
        Ink shaped = ink(LaoText.shapeable("ຄົນ"), font);
        assertEquals(plain.bands().size(), shaped.bands().size());
        assertTrue(Math.abs(plain.top() - shaped.top()) <= SIZE * 0.03, plain.bands() + " vs " + shaped.bands());
    }

    /** Rows with ink, as runs [first, last] from the top, and the top ink row. */
    record Ink(List<int[]> runs) {
        int top() {
            return runs.get(0)[0];
        }

        List<String> bands() {
            return runs.stream().map(r -> r[0] + "-" + r[1]).toList();
        }
    }

    static Ink ink(String text, Font font) {
        BufferedImage image = new BufferedImage(1000, 240, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 10, 170);
        g.dispose();
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= image.getHeight(); y++) {
            boolean ink = y < image.getHeight() && rowHasInk(image, y);
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        assertTrue(!runs.isEmpty(), "nothing drawn for " + text);
        return new Ink(runs);
    }

    private static boolean rowHasInk(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xFF) < 128) {
                return true;
            }
        }
        return false;
    }
}
