package org.mpstudio.template;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How sources are named in a draft: short form "Agency (year)" under charts and tables and in citations; the
 * full entry in the sources list. Remembers every source used, in order, for that list.
 */
final class SourceNames {

    private final FigureSource figures;
    private final Messages words;
    private final Set<String> used = new LinkedHashSet<>();

    SourceNames(FigureSource figures, String lang) {
        this.figures = figures;
        this.words = Messages.forLanguage(lang);
    }

    /** "DOLAB (2016, 2018, 2020); GSO (2025)": one entry per agency, its years in order. */
    String shortList(List<String> ids) {
        java.util.Map<String, java.util.TreeSet<String>> years = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            used.add(id);
            Optional<Source> s = figures.source(id);
            String agency = s.map(x -> x.agency().isEmpty() ? x.title() : x.agency()).orElse(id);
            java.util.TreeSet<String> set = years.computeIfAbsent(agency, k -> new java.util.TreeSet<>());
            s.map(Source::year).filter(y -> !y.isEmpty()).ifPresent(set::add);
        }
        List<String> parts = new ArrayList<>();
        years.forEach((agency, ys) -> parts.add(ys.isEmpty() ? agency : agency + " (" + String.join(", ", ys) + ")"));
        return String.join("; ", parts);
    }

    /** "(DOLAB, 2024; Nhân Dân, 2023)" for a citation. */
    String citation(List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            used.add(id);
            Optional<Source> s = figures.source(id);
            String agency = s.map(x -> x.agency().isEmpty() ? x.title() : x.agency()).orElse(id);
            String year = s.map(Source::year).orElse("");
            parts.add(year.isEmpty() ? agency : agency + ", " + year);
        }
        return "(" + String.join("; ", parts) + ")";
    }

    /** "Unit: persons" for a table's source line. */
    String unitLine(Indicator indicator) {
        return words.get("word.unit") + ": " + unitName(indicator);
    }

    String unitName(Indicator indicator) {
        return words.get("unitName." + indicator.unit().code());
    }

    /** Sources used so far, in order of first use. */
    List<Source> used() {
        return used.stream().map(figures::source).flatMap(Optional::stream).toList();
    }
}
