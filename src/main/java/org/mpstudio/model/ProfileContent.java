package org.mpstudio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole profile in memory: what a profile source folder holds and what a {@code .mprofile} file holds, apart from
 * history (revisions, replaced values, comments, export manifests), which only the file keeps.
 * Lists are in document order.
 */
public record ProfileContent(ProfileMeta meta, List<Chapter> chapters, List<ChapterText> texts,
                             List<Indicator> indicators, List<Source> sources, List<Observation> observations) {

    public ProfileContent {
        Objects.requireNonNull(meta, "meta");
        chapters = List.copyOf(chapters);
        texts = List.copyOf(texts);
        indicators = List.copyOf(indicators);
        sources = List.copyOf(sources);
        observations = List.copyOf(observations);
    }

    public Optional<ChapterText> text(String chapterId, String lang) {
        return texts.stream().filter(t -> t.chapterId().equals(chapterId) && t.lang().equals(lang)).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
