package org.mpstudio.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core bundles: translations cover the same keys as English, and every text is a valid MessageFormat. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/mpstudio/i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @ParameterizedTest(name = "{0}_{1}")
    @CsvSource({"problems, vi", "ingest, vi", "words, vi", "words, lo", "codes, vi"})
    void translationsUseOnlyKeysTheBaseHas(String bundle, String lang) throws IOException {
        Properties base = load(bundle);
        Properties translated = load(bundle + "_" + lang);
        assertTrue(translated.size() > 0, bundle + "_" + lang + " exists");
        List<String> extra = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            if (!base.containsKey(key)) {
                extra.add(key);
            }
        }
        assertEquals(List.of(), extra);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"problems", "ingest", "words"})
    void vietnameseCoversEveryKey(String bundle) throws IOException {
        TreeSet<String> missing = new TreeSet<>(load(bundle).stringPropertyNames());
        missing.removeAll(load(bundle + "_vi").stringPropertyNames());
        assertEquals(new TreeSet<String>(), missing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"problems", "problems_vi", "ingest", "ingest_vi", "words", "words_vi", "words_lo"})
    void everyTextFormats(String bundle) throws IOException {
        Properties p = load(bundle);
        for (String key : p.stringPropertyNames()) {
            String text = new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[]{1, 2, 3, 4});
            assertTrue(!text.isBlank(), key);
        }
    }

    @Test
    void speaksTheLanguageAskedForNotTheMachines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi"));
            assertTrue(Messages.forLanguage("en").get("placeholder.noData", "x", "2020").startsWith("No figure for x"));
            assertTrue(Messages.forLanguage("vi").get("placeholder.noData", "x", "2020")
                    .startsWith("Không có số liệu của x"));
            assertEquals("Hình", Messages.forLanguage("vi").get("word.figure"));
            assertTrue(Messages.forLanguage("lo").get("placeholder.noData", "x", "2020").startsWith("No figure"),
                    "problems not yet translated into Lao fall back to English, not to the machine's language");
        } finally {
            Locale.setDefault(before);
        }
    }
}
