package org.mpstudio.template;

import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what was resolved in earlier builds of the same profile, so that a build after one chapter changed parses
 * and resolves only that chapter. A chapter is reused while its text is equal to the one it was resolved from and
 * the figures (indicators, sources, observations) are the very same lists; any new list of figures drops
 * everything. Safe to share between threads, but meant for one builder at a time (the live preview's).
 */
public final class ResolutionCache {

    private record Entry(ChapterText text, ResolvedChapter resolved) {
    }

    private final Map<String, Entry> chapters = new HashMap<>();
    private List<?> indicators;
    private List<?> sources;
    private List<?> observations;
    private FigureSource figures;
    private int hits;
    private int misses;

    /** The figure source for this content, rebuilt only when its figure lists are not the ones seen last. */
    synchronized FigureSource figures(ProfileContent content) {
        if (figures == null || content.indicators() != indicators || content.sources() != sources
                || content.observations() != observations) {
            indicators = content.indicators();
            sources = content.sources();
            observations = content.observations();
            figures = new ContentFigureSource(content);
            chapters.clear();
        }
        return figures;
    }

    /** The chapter resolved from this text: the cached one when the text is unchanged. */
    synchronized ResolvedChapter resolve(ChapterText text, ChapterResolver resolver) {
        String key = text.chapterId() + '\u0000' + text.lang();
        Entry e = chapters.get(key);
        if (e != null && (e.text() == text || e.text().equals(text))) {
            hits++;
            return e.resolved();
        }
        misses++;
        ResolvedChapter resolved = resolver.resolve(text);
        chapters.put(key, new Entry(text, resolved));
        return resolved;
    }

    /** How many chapters were reused and how many resolved since this cache was made (for tests and benchmarks). */
    public synchronized int[] counts() {
        return new int[] {hits, misses};
    }
}
