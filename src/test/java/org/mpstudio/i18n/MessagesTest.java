package org.mpstudio.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core bundles: every translation has exactly the keys of English, each text takes exactly the arguments
 * {@code {n}} its English text takes, every text is a valid MessageFormat, and an apostrophe is never swallowed.
 */
class MessagesTest {

    private static final List<String> BUNDLES = List.of("problems", "ingest", "words", "codes", "progress");
    private static final List<String> TRANSLATIONS = List.of("vi", "lo");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/mpstudio/i18n/" + name + ".properties")) {
            assertNotNull(in, name + ".properties exists");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Stream<Arguments> translations() {
        return BUNDLES.stream().flatMap(b -> TRANSLATIONS.stream().map(l -> Arguments.of(b, l)));
    }

    static Stream<String> files() {
        return BUNDLES.stream().flatMap(b -> Stream.concat(Stream.of(b), TRANSLATIONS.stream().map(l -> b + "_" + l)));
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void translationHasExactlyTheKeysOfEnglish(String bundle, String lang) throws IOException {
        Set<String> base = load(bundle).stringPropertyNames();
        Set<String> translated = load(bundle + "_" + lang).stringPropertyNames();
        TreeSet<String> missing = new TreeSet<>(base);
        missing.removeAll(translated);
        TreeSet<String> extra = new TreeSet<>(translated);
        extra.removeAll(base);
        assertEquals(Set.of(), missing, "keys missing in " + bundle + "_" + lang);
        assertEquals(Set.of(), extra, "keys only in " + bundle + "_" + lang);
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void translationTakesTheArgumentsOfEnglish(String bundle, String lang) throws IOException {
        Properties base = load(bundle);
        Properties translated = load(bundle + "_" + lang);
        Map<String, String> wrong = new TreeMap<>();
        for (String key : base.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (text == null) {
                continue;
            }
            Set<Integer> want = arguments(base.getProperty(key));
            Set<Integer> got = arguments(text);
            if (!want.equals(got)) {
                wrong.put(key, "English " + want + ", " + lang + " " + got);
            }
        }
        assertEquals(Map.of(), wrong, bundle + "_" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyTextFormatsAndKeepsItsApostrophes(String file) throws IOException {
        Properties p = load(file);
        List<String> bad = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
            if (text.isBlank() || quotedWords(pattern)) {
                bad.add(key + "=" + pattern);
            }
        }
        assertEquals(List.of(), bad, file + ": texts that do not format, or a lone ' that MessageFormat would eat");
    }

    @Test
    void argumentsAreFoundOutsideQuotesOnly() {
        assertEquals(Set.of(0), arguments("Empty placeholder {0}: write '{{'value X'}}'."));
        assertEquals(Set.of(0, 1, 3), arguments("row {3,number,#} of {1}, the indicator''s {0}"));
        assertEquals(Set.of(0), arguments("{0,choice,0#none|1<{0,number,integer} rows}"));
        assertEquals(Set.of(), arguments("it's {0} here"), "a lone quote hides what follows");
        assertTrue(quotedWords("it's {0} here"));
        assertFalse(quotedWords("the indicator''s dimensions"));
    }

    /** A pattern split by MessageFormat's quoting: the text outside quotes ('' dropped), and inside them. */
    private record Quoting(String outside, String inside, boolean unclosed) {

        static Quoting of(String pattern) {
            StringBuilder outside = new StringBuilder();
            StringBuilder inside = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else if (c == '\'') {
                    quoted = !quoted;
                } else {
                    (quoted ? inside : outside).append(c);
                }
            }
            return new Quoting(outside.toString(), inside.toString(), quoted);
        }
    }

    /** The argument indexes a MessageFormat pattern uses, with MessageFormat's quoting rules. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        String text = Quoting.of(pattern).outside();
        for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
            int end = closing(text, i);
            String[] parts = text.substring(i + 1, end).split(",", 3);
            out.add(Integer.parseInt(parts[0].strip()));
            if (parts.length == 3 && parts[1].strip().equals("choice")) {
                out.addAll(arguments(parts[2]));
            }
            i = end;
        }
        return out;
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unclosed { in " + pattern);
    }

    /** True when quoted text holds letters or digits: a single apostrophe that should have been written twice. */
    static boolean quotedWords(String pattern) {
        Quoting q = Quoting.of(pattern);
        return q.unclosed() || q.inside().chars().anyMatch(Character::isLetterOrDigit);
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
            assertEquals("ບໍ່ມີຕົວເລກຂອງ x ສຳລັບໄລຍະ 2020 ທີ່ມີການແບ່ງປະເພດເຫຼົ່ານີ້: ໃຫ້ນຳເຂົ້າຕົວເລກ ຫຼື ປ່ຽນໄລຍະ.",
                    Messages.forLanguage("lo").get("placeholder.noData", "x", "2020"));
            assertEquals("ຄ່າ \"abc\" ບໍ່ແມ່ນຕົວເລກ; ໃຫ້ຂຽນຕົວເລກເຊັ່ນ 12345, 1,234.5 ຫຼື 1.234,5.",
                    Messages.forLanguage("lo").get("import.value.notNumber", "abc"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void wordsExportProgressInTheLanguageAskedFor() {
        assertEquals("resolving 33 chapters", Messages.forLanguage("en").get("progress.resolving", 33));
        assertEquals("đang xử lý 33 chương", Messages.forLanguage("vi").get("progress.resolving", 33));
        assertEquals("ກຳລັງກະກຽມ 33 ບົດ", Messages.forLanguage("lo").get("progress.resolving", 33));
    }

    private record Detail(String key, List<Object> args) implements Keyed {
    }

    @Test
    void aKeyedArgumentIsWordedInTheSameLanguage() {
        Keyed cancelled = new Detail("progress.pdf.error.cancelled", List.of("draft.docx"));
        assertEquals("No PDF was made (the Word file is not affected): Making a PDF of draft.docx was cancelled.",
                Messages.forLanguage("en").get("progress.failed.pdf", cancelled));
        assertEquals("Chưa tạo được PDF (tệp Word không bị ảnh hưởng): Đã huỷ việc tạo PDF từ draft.docx.",
                Messages.forLanguage("vi").get("progress.failed.pdf", cancelled));
        String lao = Messages.forLanguage("lo").get("progress.failed.pdf", cancelled);
        assertTrue(lao.startsWith("ບໍ່ໄດ້ສ້າງ PDF") && lao.contains("ການສ້າງ PDF ຈາກ draft.docx ຖືກຍົກເລີກແລ້ວ"), lao);
        assertFalse(lao.contains("cancelled"), lao);
    }
}
