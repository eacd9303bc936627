package org.mpstudio.template;

import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.TableSpec;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.SourceSpan;

/**
 * Turns a chart or table spec into its block: the one place both the document ({@link DocumentBuilder}) and the
 * insert dialogs' previews ({@link BlockPreview}) get them from, so a preview shows what the draft will.
 */
record FigureBlocks(FigureSource figures, SourceNames sources, CodeLabels labels, FigureFormatter format) {

    Block.ChartBlock chart(ChartSpec chart, String number, SourceSpan span) {
        return new Block.ChartBlock("fig:" + chart.id(), number, InlineBuilder.nfc(chart.title()),
                new ChartDataBuilder(figures, labels, sources, format.lang())
                        .build(chart, figures.indicator(chart.indicator()).orElseThrow()), span);
    }

    Block.TableBlock table(TableSpec table, String number, SourceSpan span) {
        return new TableBuilder(figures, labels, sources, format).build(table,
                figures.indicator(table.indicator()).orElseThrow(), "tbl:" + table.id(), number, span);
    }
}
