package org.mpstudio.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpstudio.i18n.Messages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every progress step an export reports has a text in each language the editor speaks. */
class ExportProgressTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi", "lo"})
    void everyStepHasAText(String lang) {
        Messages messages = Messages.forLanguage(lang);
        List<String> missing = ExportProgress.KEYS.stream().filter(k -> !messages.has(k)).toList();
        assertEquals(List.of(), missing);
    }
}
