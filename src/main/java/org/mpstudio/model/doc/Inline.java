package org.mpstudio.model.doc;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run of text inside a paragraph, heading, list item or table cell, already resolved: renderers only lay it out.
 */
public sealed interface Inline {

    /** The text a reader sees for this run. */
    String text();

    /** Character styles of a run. */
    enum Style { BOLD, ITALIC, CODE }

    /** Plain or styled text. */
    record Text(String text, Set<Style> styles) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
            styles = Set.copyOf(styles);
        }

        public static Text plain(String text) {
            return new Text(text, Set.of());
        }
    }

    /** A figure from the store, formatted; {@code indicatorId} for tooltips and the manifest. */
    record Figure(String text, String indicatorId, Set<Style> styles) implements Inline {
        public Figure {
            styles = Set.copyOf(styles);
        }
    }

    /**
     * Something that could not be resolved: drafts show it visibly (highlighted), never silently.
     *
     * @param text the marker shown, e.g. {@code [missing figure: value x period=2023]}
     */
    record Missing(String text) implements Inline {
    }

    /**
     * A cross-reference such as "Figure 3.2"; {@code targetId} is the block id it points to ({@code fig:x},
     * {@code tbl:x}, {@code sec:x}) so DOCX can make it a REF field to that block's bookmark.
     */
    record CrossRef(String text, String targetId) implements Inline {
    }

    /** A citation, shown as {@code text} (e.g. "(DOLAB, 2024)"), listing the cited source ids. */
    record Citation(String text, List<String> sourceIds) implements Inline {
        public Citation {
            sourceIds = List.copyOf(sourceIds);
        }
    }

    /** A hyperlink. */
    record Link(String text, String url) implements Inline {
    }

    /** A hard line break inside a paragraph. */
    record LineBreak() implements Inline {
        @Override
        public String text() {
            return "\n";
        }
    }

    /** The plain text of a list of runs. */
    static String plain(List<Inline> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
