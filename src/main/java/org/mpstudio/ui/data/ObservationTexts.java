package org.mpstudio.ui.data;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Source;
import org.mpstudio.store.ObservationRepository.HistoryEntry;
import org.mpstudio.template.CodeLabels;
import org.mpstudio.template.FigureFormatter;
import org.mpstudio.ui.common.UiText;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the data browser words figures in the UI language at the time it is made: values by the indicator's unit and
 * decimals, codes with their labels, sources as "agency (year)", statuses and history entries in words.
 */
final class ObservationTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final UiText text;
    private final FigureFormatter figures;
    private final CodeLabels codes;
    private final Messages words;
    private final Map<String, Source> sources = new HashMap<>();

    ObservationTexts(UiText text, List<Source> sources) {
        this.text = text;
        this.figures = new FigureFormatter(text.language());
        this.codes = new CodeLabels(text.language());
        this.words = Messages.forLanguage(text.language());
        sources.forEach(s -> this.sources.put(s.id(), s));
    }

    String value(Indicator indicator, double value) {
        return figures.value(indicator, value);
    }

    /** The unit in words: "Persons", "US$ billion". */
    String unitName(Indicator indicator) {
        return words.get("unitName." + indicator.unit().code());
    }

    String dimensionName(String dimension) {
        return codes.dimension(dimension);
    }

    /** "Japan (JPN)" where the codes bundle has a label, else the code; "total" for no code. */
    String code(String dimension, String code) {
        if (code == null || code.isEmpty()) {
            return text.get("data.total");
        }
        String label = codes.value(dimension, code);
        return label.equals(code) ? code : label + " (" + code + ")";
    }

    /** The period and every code of the figure: "2023 · Japan (JPN)", "2023 · total". */
    String identity(Observation o) {
        List<String> parts = new ArrayList<>(List.of(o.period().toString()));
        o.dimensions().values().forEach((d, c) -> parts.add(code(d, c)));
        if (o.dimensions().isTotal()) {
            parts.add(text.get("data.total"));
        }
        return String.join(" · ", parts);
    }

    /** "DOLAB (2024)": the agency (or title) and year; the id when the profile lacks the source. */
    String source(String sourceId) {
        if (sourceId == null || sourceId.isEmpty()) {
            return text.get("data.noSource");
        }
        Source s = sources.get(sourceId);
        if (s == null) {
            return sourceId;
        }
        String agency = s.agency().isEmpty() ? s.title() : s.agency();
        return s.year().isEmpty() ? agency : text.get("data.source.short", agency, s.year());
    }

    /** "Agency, year: title" for choosing a source. */
    String sourceLine(Source s) {
        return text.get("data.source.line", s.agency(), s.year(), s.title());
    }

    String status(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return Observation.STATUSES.contains(code) ? text.get("data.status." + code) : code;
    }

    /** What replaced a value: the data browser, its undo, or the file it was imported from. */
    String origin(String replacedBy) {
        if (ObservationEditCommand.ORIGIN.equals(replacedBy)) {
            return text.get("data.history.byEditor");
        }
        if (ObservationEditCommand.ORIGIN_UNDO.equals(replacedBy)) {
            return text.get("data.history.byUndo");
        }
        return text.get("data.history.byFile", String.valueOf(replacedBy));
    }

    /**
     * Two lines: "2025-03-04 10:22: was 159,986 · reported", then "DOLAB (2024) · changed in the data browser" (set
     * apart, not wrapped: JavaFX wraps mixed Lao and Latin text badly).
     */
    String history(Indicator indicator, HistoryEntry e) {
        Observation was = e.previous();
        String what = value(indicator, was.value()) + (was.status().isEmpty() ? "" : " · " + status(was.status()))
                + (was.note().isEmpty() ? "" : " · " + was.note());
        return text.get("data.history.entry", time(e.replacedAt()), what) + "\n" + source(was.sourceId()) + " · "
                + origin(e.replacedBy());
    }

    static String time(String iso) {
        try {
            return TIME.format(Instant.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(iso);
        }
    }
}
