package org.mpstudio.folder;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code chapters.csv} and the {@code chapters/<lang>/<id>.md} files. */
final class ChapterFiles {

    static final Pattern CHAPTER_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ChapterFiles() {
    }

    /** Reads chapters.csv; a template's file has no status or assignee column, which then default. */
    static List<Chapter> readChapters(Path file, FolderProblems problems) throws IOException {
        CsvTable t = CsvTable.read(file, problems);
        List<Chapter> out = new ArrayList<>();
        if (!t.requireColumns(problems, "id")) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String id = t.cell(r, "id");
            String parent = t.cell(r, "parent");
            String statusText = t.cell(r, "status");
            Optional<ChapterStatus> status = statusText.isEmpty() ? Optional.of(ChapterStatus.DRAFT)
                    : ChapterStatus.fromCode(statusText);
            if (!CHAPTER_ID.matcher(id).matches()) {
                problems.error("folder.chapter.badId", file, r.line(), 1, id);
            } else if (!seen.add(id)) {
                problems.error("id.duplicateChapter", file, r.line(), 1, id);
            } else if (!parent.isEmpty() && (!seen.contains(parent) || parent.equals(id))) {
                problems.error("folder.chapter.badParent", file, r.line(), t.columnNumber("parent"), parent, id);
            } else if (status.isEmpty()) {
                problems.error("folder.chapter.badStatus", file, r.line(), t.columnNumber("status"), statusText);
            } else {
                out.add(new Chapter(id, parent, status.get(), t.cell(r, "lead_agency"), t.cell(r, "assignee")));
            }
        }
        return out;
    }

    static Optional<ChapterText> readText(Path file, String chapterId, String lang, FolderProblems problems)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.error("folder.chapter.missingFile", file, 0, 0, chapterId);
            return Optional.empty();
        }
        String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC)
                .replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (!first.startsWith("# ") || first.substring(2).isBlank()) {
            problems.error("folder.chapter.noTitle", file, 1, 1);
            return Optional.empty();
        }
        String rest = eol < 0 ? "" : text.substring(eol + 1);
        if (rest.startsWith("\n")) {
            rest = rest.substring(1);
        } else if (!rest.isEmpty()) {
            problems.error("folder.chapter.noBlankLine", file, 2, 1);
            return Optional.empty();
        }
        return Optional.of(new ChapterText(chapterId, lang, first.substring(2).strip(), rest));
    }

    static void writeText(Path file, ChapterText text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# " + text.title() + "\n\n" + text.body(), StandardCharsets.UTF_8);
    }

    static void writeChapters(Path file, List<Chapter> chapters) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Chapter c : chapters) {
            rows.add(List.of(c.id(), c.parent(), c.status().code(), c.leadAgency(), c.assignee()));
        }
        CsvTable.write(file, List.of("id", "parent", "status", "lead_agency", "assignee"), rows);
    }
}
