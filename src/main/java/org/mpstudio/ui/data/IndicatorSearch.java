package org.mpstudio.ui.data;

import org.mpstudio.model.Indicator;

import org.mpstudio.ui.common.SearchText;

/**
 * What the data browser's search matches: every word typed must occur in the indicator's id, name or agency, without
 * regard to case or to Vietnamese accents ("nguoi" finds "Người"); Lao is compared as typed.
 */
final class IndicatorSearch {

    private final SearchText search;

    IndicatorSearch(String query) {
        this.search = new SearchText(query);
    }

    boolean matches(Indicator i) {
        return search.matches(i.id(), i.id().replace('_', ' '), i.name(), i.sourceAgency());
    }
}
