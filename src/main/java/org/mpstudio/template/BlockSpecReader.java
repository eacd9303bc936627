package org.mpstudio.template;

import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Period;
import org.mpstudio.model.TableSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code key: value} lines of a {@code chart} or {@code table} fenced block into a spec, reporting every
 * problem at the line of the offending key. Validation against the indicator catalogue happens here too, so the
 * resolver gets either a usable spec or problems.
 */
final class BlockSpecReader {

    static final Set<String> CHART_KEYS = Set.of("id", "type", "indicator", "x", "series", "filters", "periods",
            "title", "note");
    static final Set<String> TABLE_KEYS = Set.of("id", "indicator", "rows", "columns", "filters", "periods",
            "title", "note");

    private final ProblemSink sink;
    private final FigureSource figures;

    BlockSpecReader(ProblemSink sink, FigureSource figures) {
        this.sink = sink;
        this.figures = figures;
    }

    /** Parsed block: values by key and the line (in the chapter) of each key. */
    record Fields(Map<String, String> values, Map<String, Integer> lines, int blockLine) {
        String get(String key) {
            return values.getOrDefault(key, "");
        }

        int lineOf(String key) {
            return lines.getOrDefault(key, blockLine);
        }
    }

    Fields fields(String content, int firstContentLine, int blockLine, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = content.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int line = firstContentLine + i;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int colon = row.indexOf(':');
            if (colon <= 0) {
                sink.error("block.badLine", line, 1, row);
                continue;
            }
            String key = row.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                sink.error("block.unknownKey", line, 1, key, String.join(", ", new java.util.TreeSet<>(allowed)));
                continue;
            }
            if (values.put(key, row.substring(colon + 1).strip()) != null) {
                sink.error("block.duplicateKey", line, 1, key);
            }
            lines.put(key, line);
        }
        return new Fields(values, lines, blockLine);
    }

    Optional<ChartSpec> chart(Fields f) {
        boolean ok = require(f, "id", "type", "indicator", "title");
        ChartSpec.ChartType type = null;
        if (!f.get("type").isEmpty()) {
            try {
                type = ChartSpec.ChartType.valueOf(f.get("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                sink.error("block.badChartType", f.lineOf("type"), 1, f.get("type"));
                ok = false;
            }
        }
        Optional<Indicator> ind = indicator(f);
        Map<String, String> filters = filters(f, ind);
        List<Period> periods = periods(f);
        if (ind.isPresent()) {
            ok &= dimension(f, "x", ind.get(), true) & dimension(f, "series", ind.get(), false);
        }
        if (!ok || ind.isEmpty() || filters == null || periods == null) {
            return Optional.empty();
        }
        return Optional.of(new ChartSpec(f.get("id"), type, f.get("indicator"), f.get("x"), f.get("series"),
                filters, periods, f.get("title"), f.get("note")));
    }

    Optional<TableSpec> table(Fields f) {
        boolean ok = require(f, "id", "indicator", "title");
        Optional<Indicator> ind = indicator(f);
        Map<String, String> filters = filters(f, ind);
        List<Period> periods = periods(f);
        if (ind.isPresent()) {
            ok &= dimension(f, "rows", ind.get(), true) & dimension(f, "columns", ind.get(), true);
        }
        if (!ok || ind.isEmpty() || filters == null || periods == null) {
            return Optional.empty();
        }
        return Optional.of(new TableSpec(f.get("id"), f.get("indicator"), f.get("rows"), f.get("columns"), filters,
                periods, f.get("title"), f.get("note")));
    }

    private boolean require(Fields f, String... keys) {
        boolean ok = true;
        for (String key : keys) {
            if (f.get(key).isEmpty()) {
                sink.error("block.missingKey", f.blockLine(), 1, key);
                ok = false;
            }
        }
        return ok;
    }

    private Optional<Indicator> indicator(Fields f) {
        String id = f.get("indicator");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Indicator> ind = figures.indicator(id);
        if (ind.isEmpty()) {
            sink.error("placeholder.unknownIndicator", f.lineOf("indicator"), 1, id);
        }
        return ind;
    }

    private boolean dimension(Fields f, String key, Indicator ind, boolean periodAllowed) {
        String dim = f.get(key);
        if (dim.isEmpty() || (periodAllowed && dim.equals("period")) || ind.dimensions().contains(dim)) {
            return true;
        }
        sink.error("placeholder.unknownDimension", f.lineOf(key), 1, dim, ind.id(), String.join(", ",
                ind.dimensions()));
        return false;
    }

    /** Null when a filter is malformed (the problem is reported). */
    private Map<String, String> filters(Fields f, Optional<Indicator> ind) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = f.get("filters");
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                sink.error("block.badFilter", f.lineOf("filters"), 1, part.strip());
                return null;
            }
            String dim = part.substring(0, eq).strip();
            if (ind.isPresent() && !ind.get().dimensions().contains(dim)) {
                sink.error("placeholder.unknownDimension", f.lineOf("filters"), 1, dim, ind.get().id(),
                        String.join(", ", ind.get().dimensions()));
                return null;
            }
            out.put(dim, part.substring(eq + 1).strip());
        }
        return out;
    }

    /** Null when malformed (reported); empty for "all periods". */
    private List<Period> periods(Fields f) {
        String text = f.get("periods");
        List<Period> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int dash = text.indexOf('-', 4);
        if (!text.contains(";") && dash == 4 && text.length() == 9) {
            Optional<Period> a = Period.parse(text.substring(0, 4));
            Optional<Period> b = Period.parse(text.substring(5));
            if (a.isPresent() && b.isPresent() && a.get().year() <= b.get().year()) {
                for (int y = a.get().year(); y <= b.get().year(); y++) {
                    out.add(Period.ofYear(y));
                }
                return out;
            }
        }
        for (String part : text.split(";")) {
            Optional<Period> p = Period.parse(part);
            if (p.isEmpty()) {
                sink.error("placeholder.badPeriod", f.lineOf("periods"), 1, part.strip());
                return null;
            }
            out.add(p.get());
        }
        return out;
    }
}
