package org.mpstudio.folder;

import org.mpstudio.ingest.ImportBatch;
import org.mpstudio.ingest.ImportContext;
import org.mpstudio.ingest.ObservationFileReader;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.ProfileMeta;
import org.mpstudio.model.Source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The profile source folder (DESIGN section 2, docs/formats.md): reading it into a {@link ProfileContent} with every
 * problem located by file and line, and writing a profile back in the canonical form, so that
 * {@code write(read(folder))} reproduces a canonical folder byte for byte.
 */
public final class ProfileFolder {

    public static final String META = "profile.properties";
    public static final String OBSERVATIONS = "data/observations.csv";
    private static final List<String> FIXED_COLUMNS = List.of("indicator", "period", "value", "source", "status",
            "note");

    private ProfileFolder() {
    }

    /** True when {@code path} looks like a profile source folder rather than a file. */
    public static boolean isFolder(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve(META));
    }

    public static ProfileContent read(Path dir) throws FolderException, IOException {
        FolderProblems problems = new FolderProblems(dir);
        Map<String, String> m = MetaFile.read(dir.resolve(META), problems);
        ProfileMeta meta = meta(m, dir.resolve(META), problems);
        List<Chapter> chapters = ChapterFiles.readChapters(dir.resolve("chapters.csv"), problems);
        List<ChapterText> texts = new ArrayList<>();
        for (String lang : meta == null ? List.<String>of() : meta.languages()) {
            for (Chapter c : chapters) {
                ChapterFiles.readText(dir.resolve("chapters").resolve(lang).resolve(c.id() + ".md"), c.id(), lang,
                        problems).ifPresent(texts::add);
            }
        }
        List<Indicator> indicators = CatalogueFiles.readIndicators(dir.resolve("indicators.csv"), problems);
        List<Source> sources = CatalogueFiles.readSources(dir.resolve("sources.csv"), problems);
        List<Observation> observations = List.of();
        Path data = dir.resolve(OBSERVATIONS);
        if (Files.isRegularFile(data)) {
            Map<String, Indicator> byId = new HashMap<>();
            indicators.forEach(i -> byId.put(i.id(), i));
            ImportBatch batch = new ObservationFileReader().read(data, new ImportContext(byId,
                    sources.stream().map(Source::id).collect(Collectors.toSet()), Optional.empty(), Optional.empty()));
            problems.addAll(batch.problems());
            observations = batch.observations();
        }
        if (problems.hasErrors() || meta == null) {
            throw new FolderException(problems.list());
        }
        return new ProfileContent(meta, chapters, texts, indicators, sources, observations);
    }

    private static ProfileMeta meta(Map<String, String> m, Path file, FolderProblems problems) {
        for (String key : List.of("title", "country", "languages", "edition")) {
            if (m.getOrDefault(key, "").isEmpty()) {
                problems.error("folder.meta.missingKey", file, 0, 0, key);
            }
        }
        int edition;
        int stale;
        try {
            edition = Integer.parseInt(m.getOrDefault("edition", "0"));
            stale = Integer.parseInt(m.getOrDefault("stale_years", "5"));
        } catch (NumberFormatException e) {
            problems.error("folder.meta.badNumber", file, 0, 0);
            return null;
        }
        if (problems.hasErrors()) {
            return null;
        }
        List<String> langs = List.of(m.get("languages").split("\\s*,\\s*"));
        return new ProfileMeta(m.get("title"), m.get("country"), langs, edition, m.get("ministry"),
                m.get("template"), stale);
    }

    /** Writes the profile as a folder in canonical form; existing files of the same names are replaced. */
    public static void write(ProfileContent content, Path dir) throws IOException {
        ProfileMeta meta = content.meta();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", meta.title());
        m.put("country", meta.country());
        m.put("languages", String.join(",", meta.languages()));
        m.put("edition", Integer.toString(meta.edition()));
        m.put("ministry", meta.ministry());
        m.put("template", meta.template());
        m.put("stale_years", Integer.toString(meta.staleYears()));
        MetaFile.write(dir.resolve(META), m);
        ChapterFiles.writeChapters(dir.resolve("chapters.csv"), content.chapters());
        for (ChapterText t : content.texts()) {
            ChapterFiles.writeText(dir.resolve("chapters").resolve(t.lang()).resolve(t.chapterId() + ".md"), t);
        }
        CatalogueFiles.writeIndicators(dir.resolve("indicators.csv"), content.indicators());
        CatalogueFiles.writeSources(dir.resolve("sources.csv"), content.sources());
        writeObservations(dir.resolve(OBSERVATIONS), content.observations());
    }

    static void writeObservations(Path file, List<Observation> observations) throws IOException {
        TreeSet<String> dims = new TreeSet<>();
        observations.forEach(o -> dims.addAll(o.dimensions().values().keySet()));
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(dims);
        List<List<String>> rows = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            List<String> row = new ArrayList<>(header.size());
            row.add(o.indicatorId());
            row.add(o.period().toString());
            row.add(BigDecimal.valueOf(o.value()).stripTrailingZeros().toPlainString());
            row.add(o.sourceId());
            row.add(o.status());
            row.add(o.note());
            dims.forEach(d -> row.add(o.dimensions().get(d)));
            rows.add(row);
        }
        CsvTable.write(file, header, rows);
    }
}
