package org.mpstudio.export.docx;

import java.text.Normalizer;

/** Text as written to Word: always NFC (decomposed Vietnamese breaks PDF output), and Lao detection. */
final class Scripts {

    private Scripts() {
    }

    /** {@code text} in Unicode NFC; null becomes "". */
    static String nfc(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True if any character is in the Lao block (U+0E80-U+0EFF): the run then uses the complex-script font. */
    static boolean hasLao(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E80' && c <= '\u0EFF') {
                return true;
            }
        }
        return false;
    }
}
