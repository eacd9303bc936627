package org.mpstudio.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpstudio.export.pdf.PdfConverter;
import org.mpstudio.i18n.Messages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every progress step an export reports has a text in each language the editor speaks. */
class ExportProgressTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi", "lo"})
    void everyStepHasAText(String lang) {
        Messages messages = Messages.forLanguage(lang);
        List<String> missing = ExportProgress.KEYS.stream().filter(k -> !messages.has(k)).toList();
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi", "lo"})
    void sayingLibreOfficeIsMissingKeepsTheCommandAndTheVariable(String lang) {
        String text = Messages.forLanguage(lang).format(ExportProgress.FAILED_NO_OFFICE,
                PdfConverter.missing().args());
        assertTrue(text.contains("'sudo apt install libreoffice-writer'"), text);
        assertTrue(text.contains("MPSTUDIO_SOFFICE") && text.contains("https://www.libreoffice.org/download/"), text);
        assertEquals(lang.equals("lo"), text.codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF), text);
    }

    @Test
    void theEnglishMessageIsTheOneTheCommandLinePrints() {
        assertTrue(PdfConverter.missingMessage().startsWith("LibreOffice was not found, so no PDF was made"));
    }
}
