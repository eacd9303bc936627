package org.mpstudio.ui;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.ChapterStatus;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three UI bundles have the same keys, and every key the code uses exists (STYLE section 5). */
class MessagesConsistencyTest {

    private static final Pattern USE = Pattern.compile("\\b(?:get|bind|item|menu)\\(\\s*\"([a-z][\\w.-]*\\w)\"\\s*[,)]");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][\\w.-]*\\w)\"");

    private static Set<String> keys(String lang) throws Exception {
        String name = "/org/mpstudio/ui/messages" + (lang.isEmpty() ? "" : "_" + lang) + ".properties";
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesConsistencyTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyLanguageHasEveryKey() throws Exception {
        Set<String> en = keys("");
        for (String lang : List.of("vi", "lo")) {
            Set<String> other = keys(lang);
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(en);
            assertEquals(Set.of(), missing, "keys missing in messages_" + lang);
            assertEquals(Set.of(), extra, "keys only in messages_" + lang);
        }
    }

    @Test
    void everyKeyUsedExists() throws Exception {
        Set<String> en = keys("");
        List<String> missing = new ArrayList<>();
        Path ui = UiFixtures.projectRoot().resolve("src/main/java/org/mpstudio/ui");
        Path res = UiFixtures.projectRoot().resolve("src/main/resources/org/mpstudio/ui");
        int used = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(ui), Files.walk(res))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (f.toString().endsWith(".fxml") ? FXML_KEY : USE).matcher(text);
                while (m.find()) {
                    used++;
                    if (!en.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        for (ChapterStatus s : ChapterStatus.values()) {
            if (!en.contains("status." + s.code())) {
                missing.add("status." + s.code());
            }
        }
        assertTrue(used > 40, "found only " + used + " uses; is the pattern still right?");
        assertEquals(List.of(), missing);
    }
}
