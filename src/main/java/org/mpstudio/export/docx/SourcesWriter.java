package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * The sources list at the end: an unnumbered {@code Heading1} "Sources" (in the table of contents), then one
 * {@code Bibliography} paragraph per source: its text and, if it has one, its URL as a hyperlink.
 */
final class SourcesWriter {

    static final String STYLE = "Bibliography";

    private SourcesWriter() {
    }

    static void write(DocxContext ctx) {
        List<Document.SourceEntry> sources = ctx.doc.sources();
        if (sources.isEmpty()) {
            return;
        }
        HeadingWriter.write(ctx, FrontMatterWriter.SOURCES_ID, 1, "",
                List.of(Inline.Text.plain(ctx.word("word.sources"))), false);
        for (Document.SourceEntry s : sources) {
            XWPFParagraph p = ctx.paragraph(STYLE);
            List<Inline> runs = new ArrayList<>();
            runs.add(Inline.Text.plain(s.text() == null ? "" : s.text().strip()));
            if (s.url() != null && !s.url().isBlank()) {
                runs.add(Inline.Text.plain(" "));
                runs.add(new Inline.Link(s.url().strip(), s.url().strip()));
            }
            ctx.inlines.write(p, runs);
        }
    }
}
