package org.mpstudio.template;

import org.mpstudio.model.Chapter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chapter numbers and heading levels (ADR 0005). Front matter ({@code foreword}, {@code key-statistics},
 * {@code executive-summary}, ids starting {@code front-}) is unnumbered; a chapter with children is a part,
 * lettered A, B, C; every other chapter gets the next number 1, 2, 3 ... in document order; annexes (ids starting
 * {@code annex-}) are "Annex 1", "Annex 2". A chapter's heading level is its depth (a part's chapters are level 2).
 */
final class Numbering {

    static final Set<String> FRONT_MATTER = Set.of("foreword", "key-statistics", "executive-summary",
            "acknowledgements");

    /** The label of a chapter and the prefix for its sections, figures and tables (empty when unnumbered). */
    record ChapterNumber(String label, String prefix, int level, boolean isPart) {
    }

    private final Map<String, ChapterNumber> numbers = new HashMap<>();

    Numbering(List<Chapter> chapters, String partWord, String annexWord) {
        Map<String, Integer> depth = new HashMap<>();
        java.util.Set<String> parents = new java.util.HashSet<>();
        chapters.forEach(c -> {
            if (!c.parent().isEmpty()) {
                parents.add(c.parent());
            }
        });
        int chapter = 0;
        int part = 0;
        int annex = 0;
        for (Chapter c : chapters) {
            int level = c.parent().isEmpty() ? 1 : depth.getOrDefault(c.parent(), 1) + 1;
            depth.put(c.id(), level);
            if (parents.contains(c.id())) {
                String letter = String.valueOf((char) ('A' + part++));
                numbers.put(c.id(), new ChapterNumber(partWord + " " + letter, "", level, true));
            } else if (FRONT_MATTER.contains(c.id()) || c.id().startsWith("front-")) {
                numbers.put(c.id(), new ChapterNumber("", "", level, false));
            } else if (c.id().startsWith("annex-")) {
                annex++;
                numbers.put(c.id(), new ChapterNumber(annexWord + " " + annex, "A" + annex, level, false));
            } else {
                chapter++;
                numbers.put(c.id(), new ChapterNumber(Integer.toString(chapter), Integer.toString(chapter), level,
                        false));
            }
        }
    }

    ChapterNumber of(String chapterId) {
        return numbers.getOrDefault(chapterId, new ChapterNumber("", "", 1, false));
    }
}
