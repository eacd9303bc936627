package org.mpstudio.folder;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Indicator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes one template set folder ({@code templates/<id>/}, docs/formats.md section 2). */
public final class TemplateFolder {

    private TemplateFolder() {
    }

    public static TemplateSet read(Path dir) throws FolderException, IOException {
        FolderProblems problems = new FolderProblems(dir);
        Map<String, String> meta = MetaFile.read(dir.resolve("template.properties"), problems);
        for (String key : List.of("id", "name", "languages", "version")) {
            if (!problems.hasErrors() && meta.getOrDefault(key, "").isEmpty()) {
                problems.error("folder.meta.missingKey", dir.resolve("template.properties"), 0, 0, key);
            }
        }
        List<Chapter> chapters = ChapterFiles.readChapters(dir.resolve("chapters.csv"), problems);
        List<ChapterText> texts = new ArrayList<>();
        for (String lang : meta.getOrDefault("languages", "en").split("\\s*,\\s*")) {
            for (Chapter c : chapters) {
                ChapterFiles.readText(dir.resolve("chapters").resolve(lang).resolve(c.id() + ".md"), c.id(), lang,
                        problems).ifPresent(texts::add);
            }
        }
        List<Indicator> indicators = CatalogueFiles.readIndicators(dir.resolve("indicators.csv"), problems);
        if (problems.hasErrors()) {
            throw new FolderException(problems.list());
        }
        return new TemplateSet(meta, chapters, texts, indicators);
    }

    public static void write(TemplateSet set, Path dir) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : List.of("id", "name", "languages", "version", "based_on", "description")) {
            meta.put(key, set.meta().getOrDefault(key, ""));
        }
        MetaFile.write(dir.resolve("template.properties"), meta);
        List<List<String>> rows = new ArrayList<>();
        for (Chapter c : set.chapters()) {
            rows.add(List.of(c.id(), c.parent(), c.leadAgency()));
        }
        CsvTable.write(dir.resolve("chapters.csv"), List.of("id", "parent", "lead_agency"), rows);
        for (ChapterText t : set.texts()) {
            ChapterFiles.writeText(dir.resolve("chapters").resolve(t.lang()).resolve(t.chapterId() + ".md"), t);
        }
        CatalogueFiles.writeIndicators(dir.resolve("indicators.csv"), set.indicators());
    }
}
