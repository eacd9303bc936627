package org.mpstudio.template;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.TableSpec;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.SourceSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a table spec out as formatted cells: row labels in the first column, one column per value of the column
 * axis, numbers in the chapter language with the indicator's decimals, an en dash where there is no figure.
 */
final class TableBuilder {

    /** What a cell without a figure shows: an en dash. */
    static final String NO_FIGURE = "\u2013";

    private final FigureSource figures;
    private final CodeLabels labels;
    private final SourceNames sources;
    private final FigureFormatter format;

    TableBuilder(FigureSource figures, CodeLabels labels, SourceNames sources, FigureFormatter format) {
        this.figures = figures;
        this.labels = labels;
        this.sources = sources;
        this.format = format;
    }

    Block.TableBlock build(TableSpec spec, Indicator indicator, String id, String number, SourceSpan span) {
        String rows = spec.rows();
        String columns = spec.columns();
        if (rows.isEmpty() && columns.isEmpty()) {
            rows = "period";
        }
        Set<String> axes = new HashSet<>();
        if (!rows.isEmpty()) {
            axes.add(rows);
        }
        if (!columns.isEmpty()) {
            axes.add(columns);
        }
        FigureSelection sel = new FigureSelection(figures.observations(indicator.id()), spec.filters(), axes,
                spec.periods());
        List<String> rowKeys = rows.isEmpty() ? List.of("") : sel.values(rows, spec.periods());
        List<String> colKeys = columns.isEmpty() ? List.of("") : sel.values(columns, spec.periods());
        List<String> header = new ArrayList<>();
        header.add(rows.isEmpty() ? "" : labels.dimension(rows));
        for (String c : colKeys) {
            header.add(c.isEmpty() ? sources.unitName(indicator) : label(columns, c));
        }
        List<List<String>> body = new ArrayList<>();
        for (String r : rowKeys) {
            List<String> row = new ArrayList<>();
            row.add(r.isEmpty() ? indicator.name() : label(rows, r));
            for (String c : colKeys) {
                Double v = sel.value(rows, r, columns, c);
                row.add(v == null ? NO_FIGURE : format.number(v, indicator.decimals()));
            }
            body.add(row);
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            numeric.add(i > 0);
        }
        String source = sources.shortList(sel.sourceIds());
        String unit = sources.unitLine(indicator);
        return new Block.TableBlock(id, number, spec.title(), header, body, numeric,
                source.isEmpty() ? unit : source + ". " + unit, spec.note(), span);
    }

    private String label(String axis, String code) {
        return axis.equals("period") ? code : labels.value(axis, code);
    }
}
