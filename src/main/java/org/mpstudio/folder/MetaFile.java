package org.mpstudio.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UTF-8 {@code key=value} file ({@code profile.properties}, {@code template.properties}). Deliberately simpler than
 * {@link java.util.Properties}: no escapes, so Vietnamese and Lao text and backslashes stay as typed.
 * Lines starting with {@code #} are comments.
 */
final class MetaFile {

    private MetaFile() {
    }

    static Map<String, String> read(Path file, FolderProblems problems) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            problems.error("folder.missingFile", file, 0, 0);
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC).replace("\uFEFF", "");
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.error("folder.meta.badLine", file, i + 1, 1, line.strip());
                continue;
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    static void write(Path file, Map<String, String> values) throws IOException {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
