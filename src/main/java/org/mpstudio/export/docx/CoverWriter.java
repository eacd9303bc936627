package org.mpstudio.export.docx;

import org.mpstudio.model.doc.Document;

import java.text.MessageFormat;

/**
 * The cover page: title ({@code CoverTitle}), country ({@code CoverSubtitle}), ministry and edition
 * ({@code CoverText}), and the draft line "Draft for review, {date}" ({@code CoverDraft}). Layout (the space above
 * the title, sizes, colours) is all in those styles.
 */
final class CoverWriter {

    static final String TITLE = "CoverTitle";
    static final String SUBTITLE = "CoverSubtitle";
    static final String TEXT = "CoverText";
    static final String DRAFT = "CoverDraft";

    private CoverWriter() {
    }

    static void write(DocxContext ctx) {
        Document.Meta meta = ctx.doc.meta();
        line(ctx, TITLE, meta.title());
        line(ctx, SUBTITLE, meta.country());
        line(ctx, TEXT, meta.ministry());
        if (meta.edition() > 0) {
            line(ctx, TEXT, Integer.toString(meta.edition()));
        }
        String date = ctx.options.date() != null ? ctx.options.date() : meta.exportDate();
        String pattern = ctx.word("word.draftFor");
        String draft;
        try {
            draft = new MessageFormat(pattern).format(new Object[] {date == null ? "" : date});
        } catch (IllegalArgumentException e) {
            draft = pattern + " " + date;
        }
        line(ctx, DRAFT, draft);
    }

    private static void line(DocxContext ctx, String style, String text) {
        if (text != null && !text.isBlank()) {
            ctx.inlines.run(ctx.paragraph(style), text.strip(), null);
        }
    }
}
