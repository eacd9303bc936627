package org.mpstudio.model.doc;

import java.util.List;
import java.util.Objects;

/**
 * One block of the resolved document. Every block has an id unique within the document and stable while the
 * chapter is not restructured ({@code <chapter>.p3}, {@code fig:deployed}), which exports carry as bookmarks.
 */
public sealed interface Block {

    String id();

    SourceSpan span();

    /**
     * A numbered heading. Level 1 is a chapter (or a part); {@code number} is "2", "2.1", "A", "A.1" ... or empty
     * for unnumbered front matter and annexes.
     */
    record Heading(String id, int level, String number, List<Inline> text, SourceSpan span) implements Block {
        public Heading {
            Objects.requireNonNull(id, "id");
            text = List.copyOf(text);
        }
    }

    /** A paragraph of text. */
    record Paragraph(String id, List<Inline> runs, SourceSpan span) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /** A block quotation (e.g. a quoted decision). */
    record Quote(String id, List<Inline> runs, SourceSpan span) implements Block {
        public Quote {
            runs = List.copyOf(runs);
        }
    }

    /** One item of a list, at a nesting depth starting at 0. */
    record ListItem(List<Inline> runs, int depth, boolean ordered) {
        public ListItem {
            runs = List.copyOf(runs);
        }
    }

    /** A bulleted or numbered list, nested items flattened in reading order. */
    record ListBlock(String id, List<ListItem> items, SourceSpan span) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * A chart with its caption: "Figure {@code number}: {@code title}"; {@code number} is per chapter ("3.2").
     */
    record ChartBlock(String id, String number, String title, ChartData data, SourceSpan span) implements Block {
    }

    /**
     * A data table with its caption "Table {@code number}: {@code title}". Cells are formatted text; the first
     * {@code header} row repeats on each page; {@code numeric} says which columns are right-aligned numbers.
     */
    record TableBlock(String id, String number, String title, List<String> header, List<List<String>> rows,
                      List<Boolean> numeric, String source, String note, SourceSpan span) implements Block {
        public TableBlock {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }

        /** Wide tables go into a landscape section. */
        public boolean isWide() {
            return header.size() > 7;
        }
    }
}
