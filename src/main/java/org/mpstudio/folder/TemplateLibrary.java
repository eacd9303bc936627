package org.mpstudio.folder;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.ProfileMeta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The template sets a user can start from: those shipped with the application and those derived by the user, each
 * in its own folder under one of the library's roots. Earlier roots win when two hold the same id.
 */
public final class TemplateLibrary {

    private final List<Path> roots;

    /** @param roots folders that contain one folder per template set, searched in order */
    public TemplateLibrary(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Every readable template set; a broken one is reported in {@code problems} and left out. */
    public List<TemplateSet> list(List<Problem> problems) throws IOException {
        Map<String, TemplateSet> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("template.properties"))).sorted()
                        .toList()) {
                    try {
                        TemplateSet set = TemplateFolder.read(dir);
                        found.putIfAbsent(set.id(), set);
                    } catch (FolderException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    public Optional<Path> locate(String id) {
        for (Path root : roots) {
            Path dir = root.resolve(id);
            if (Files.isRegularFile(dir.resolve("template.properties"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public TemplateSet get(String id) throws FolderException, IOException {
        Optional<Path> dir = locate(id);
        if (dir.isEmpty()) {
            throw new FolderException(List.of(Problem.error("template.notFound", id, 0, 0, id)));
        }
        return TemplateFolder.read(dir.get());
    }

    /** A new profile from a template set, in one language, with every chapter a draft holding the guidance. */
    public ProfileContent newProfile(String templateId, String country, String lang, String title, int edition)
            throws FolderException, IOException {
        TemplateSet set = get(templateId);
        if (!set.languages().contains(lang)) {
            throw new FolderException(List.of(Problem.error("template.noLanguage", templateId, 0, 0, templateId,
                    lang, String.join(", ", set.languages()))));
        }
        List<Chapter> chapters = set.chapters().stream()
                .map(c -> new Chapter(c.id(), c.parent(), ChapterStatus.DRAFT, c.leadAgency(), "")).toList();
        List<ChapterText> texts = set.texts().stream().filter(t -> t.lang().equals(lang)).toList();
        ProfileMeta meta = new ProfileMeta(title, country, List.of(lang), edition, "",
                set.id() + "@" + set.version(), 5);
        return new ProfileContent(meta, chapters, texts, set.indicators(), List.of(), List.of());
    }

    /**
     * Derives a partner country's own set: a copy of {@code baseId} under {@code newId} in {@code into}, recording
     * {@code based_on}. With a language other than the base's, chapters are copied into that language for
     * translation, each with a guidance block that says so.
     */
    public Path derive(String baseId, String newId, Optional<String> lang, Path into)
            throws FolderException, IOException {
        if (!ChapterFiles.CHAPTER_ID.matcher(newId).matches()) {
            throw new FolderException(List.of(Problem.error("template.badId", newId, 0, 0, newId)));
        }
        Path target = into.resolve(newId);
        if (Files.exists(target) || locate(newId).isPresent()) {
            throw new FolderException(List.of(Problem.error("template.exists", target.toString(), 0, 0, newId)));
        }
        TemplateSet base = get(baseId);
        Map<String, String> meta = new LinkedHashMap<>(base.meta());
        meta.put("id", newId);
        meta.put("name", base.name() + " (" + newId + ")");
        meta.put("version", "1.0");
        meta.put("based_on", base.id() + "@" + base.version());
        List<ChapterText> texts = base.texts();
        if (lang.isPresent() && !base.languages().contains(lang.get())) {
            String from = base.languages().get(0);
            meta.put("languages", lang.get());
            texts = base.texts().stream().filter(t -> t.lang().equals(from))
                    .map(t -> new ChapterText(t.chapterId(), lang.get(), t.title(),
                            "```guidance\nTranslate this chapter from " + from + " into " + lang.get()
                                    + ", including its title and headings; keep every placeholder as it is.\n```\n\n"
                                    + t.body()))
                    .toList();
        }
        TemplateFolder.write(new TemplateSet(meta, base.chapters(), texts, base.indicators()), target);
        return target;
    }
}
