package org.mpstudio.ui.data;

import org.mpstudio.model.Indicator;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the data browser's search matches: every word typed must occur in the indicator's id, name or agency, without
 * regard to case or to Vietnamese accents ("nguoi" finds "Người"); Lao is compared as typed.
 */
final class IndicatorSearch {

    private final List<String> words;

    IndicatorSearch(String query) {
        String q = fold(query == null ? "" : query);
        this.words = q.isBlank() ? List.of() : Arrays.asList(q.strip().split("\\s+"));
    }

    boolean matches(Indicator i) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(i.id() + " " + i.id().replace('_', ' ') + " " + i.name() + " " + i.sourceAgency());
        return words.stream().allMatch(haystack::contains);
    }

    /** Lower case, Latin accents dropped ({@code đ} becomes {@code d}). */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
