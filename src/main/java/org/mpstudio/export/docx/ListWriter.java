package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mpstudio.model.doc.Block;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A list: one {@code ListParagraph} per item with real Word numbering ({@code w:numPr}, level = depth), bullets or
 * decimal numbers from {@link ListNumbering}; each numbered list starts again at 1. One bookmark spans the list.
 */
final class ListWriter {

    static final String STYLE = "ListParagraph";

    private ListWriter() {
    }

    static void write(DocxContext ctx, ListNumbering numbering, Block.ListBlock list) {
        if (list.items().isEmpty()) {
            return;
        }
        String name = ctx.names.block(list.id());
        BigInteger decimal = null;
        BigInteger mark = null;
        XWPFParagraph p = null;
        List<String> texts = new ArrayList<>();
        for (Block.ListItem item : list.items()) {
            p = ctx.paragraph(STYLE);
            if (mark == null) {
                mark = ctx.bookmarks.start(p, name);
            }
            if (item.ordered() && decimal == null) {
                decimal = numbering.newDecimal();
            }
            p.setNumID(item.ordered() ? decimal : numbering.bullets());
            p.setNumILvl(BigInteger.valueOf(Math.max(0, Math.min(8, item.depth()))));
            texts.add(ctx.inlines.write(p, item.runs()));
        }
        ctx.bookmarks.end(p, mark);
        ctx.record(list.id(), name, String.join("\n", texts));
    }
}
