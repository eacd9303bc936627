package org.mpstudio.folder;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Indicator;

import java.util.List;
import java.util.Map;

/**
 * A template set read from disk: its metadata ({@code id}, {@code name}, {@code languages}, {@code version},
 * {@code based_on}, {@code description}), chapters with their guidance-bearing texts, and indicator catalogue.
 */
public record TemplateSet(Map<String, String> meta, List<Chapter> chapters, List<ChapterText> texts,
                          List<Indicator> indicators) {

    public TemplateSet {
        meta = Map.copyOf(meta);
        chapters = List.copyOf(chapters);
        texts = List.copyOf(texts);
        indicators = List.copyOf(indicators);
    }

    public String id() {
        return meta.getOrDefault("id", "");
    }

    public String version() {
        return meta.getOrDefault("version", "");
    }

    public String name() {
        return meta.getOrDefault("name", "");
    }

    public String basedOn() {
        return meta.getOrDefault("based_on", "");
    }

    public List<String> languages() {
        return List.of(meta.getOrDefault("languages", "en").split("\\s*,\\s*"));
    }
}
