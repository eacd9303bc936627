package org.mpstudio.ui.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the editor's search fields match (indicator lists, cross-references): every word typed must occur in the
 * searched text, without regard to case or to Vietnamese accents, so "nguoi lao dong" finds "Người lao động";
 * Lao is compared as typed. No JavaFX: view models use it, and tests run it without a toolkit.
 */
public final class SearchText {

    private final List<String> words;

    /** A search for the words of {@code query}; a blank query matches everything. */
    public SearchText(String query) {
        String q = fold(query == null ? "" : query).strip();
        this.words = q.isEmpty() ? List.of() : Arrays.asList(q.split("\\s+"));
    }

    /** True when every word of the query occurs in one of {@code texts} taken together. */
    public boolean matches(String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(" ", texts));
        return words.stream().allMatch(haystack::contains);
    }

    /**
     * Lower case, Latin combining accents (U+0300 to U+036F) dropped, {@code đ} read as {@code d}; Lao vowel signs
     * and tone marks are kept, so Lao words match only as written.
     */
    public static String fold(String s) {
        String bare = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
