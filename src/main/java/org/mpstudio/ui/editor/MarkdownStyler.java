package org.mpstudio.ui.editor;

import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.model.Problem;
import org.mpstudio.template.ChapterParser;
import org.mpstudio.template.placeholder.Citation;
import org.mpstudio.template.placeholder.Placeholder;
import org.mpstudio.template.placeholder.Reference;
import org.mpstudio.ui.common.LaoText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Style runs for the editor, computed from the flexmark tree of the chapter (off the UI thread for big chapters):
 * headings, emphasis, list markers, placeholders, references, citations, chart/table fences, guidance blocks,
 * problems and Lao runs. Each character gets a set of style classes; equal neighbours are merged into runs.
 */
public final class MarkdownStyler {

    /** Consecutive characters with the same style classes. */
    public record Run(int length, Set<String> classes) {
    }

    private static final List<String> CLASSES = List.of("md-heading", "md-em", "md-strong", "md-list-marker",
            "md-placeholder", "md-ref", "md-cite", "md-fence", "md-guidance", "md-code", "md-problem",
            LaoText.STYLE_CLASS, "md-warning");

    private MarkdownStyler() {
    }

    public static List<Run> style(String text, List<Problem> problems) {
        int[] marks = new int[text.length()];
        for (Node n : ChapterParser.parse(text).getDescendants()) {
            if (n instanceof Heading) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-heading");
            } else if (n instanceof StrongEmphasis) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-strong");
            } else if (n instanceof Emphasis) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-em");
            } else if (n instanceof BulletListItem || n instanceof OrderedListItem) {
                ListItem li = (ListItem) n;
                mark(marks, li.getOpeningMarker().getStartOffset(), li.getOpeningMarker().getEndOffset(),
                        "md-list-marker");
            } else if (n instanceof Placeholder) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-placeholder");
            } else if (n instanceof Reference) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-ref");
            } else if (n instanceof Citation) {
                mark(marks, n.getStartOffset(), n.getEndOffset(), "md-cite");
            } else if (n instanceof FencedCodeBlock f) {
                String info = f.getInfo().toString().strip();
                String cls = switch (info) {
                    case "guidance" -> "md-guidance";
                    case "chart", "table" -> "md-fence";
                    default -> "md-code";
                };
                mark(marks, n.getStartOffset(), n.getEndOffset(), cls);
            }
        }
        for (Problem p : problems) {
            int at = EditorText.offset(text, p.line(), p.column());
            if (at >= 0) {
                int end = EditorText.wordEnd(text, at);
                mark(marks, at, end, p.isError() ? "md-problem" : "md-warning");
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (LaoText.isLao(text.charAt(i))) {
                marks[i] |= bit(LaoText.STYLE_CLASS);
            }
        }
        return runs(marks);
    }

    private static void mark(int[] marks, int start, int end, String cls) {
        int bit = bit(cls);
        for (int i = Math.max(0, start); i < Math.min(end, marks.length); i++) {
            marks[i] |= bit;
        }
    }

    private static int bit(String cls) {
        return 1 << CLASSES.indexOf(cls);
    }

    private static List<Run> runs(int[] marks) {
        List<Run> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= marks.length; i++) {
            if (i == marks.length || marks[i] != marks[start]) {
                out.add(new Run(i - start, classes(marks[start])));
                start = i;
            }
        }
        return out;
    }

    private static Set<String> classes(int mask) {
        Set<String> out = new LinkedHashSet<>();
        for (int b = 0; b < CLASSES.size(); b++) {
            if ((mask & (1 << b)) != 0) {
                out.add(CLASSES.get(b));
            }
        }
        return out;
    }
}
