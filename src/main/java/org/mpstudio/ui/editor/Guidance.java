package org.mpstudio.ui.editor;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.template.ChapterParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The template's drafting guidance in a chapter (fenced blocks with the info string {@code guidance}): where each block
 * is, and the text with one or all of them taken out, as a single replacement so that one undo brings them back.
 */
public final class Guidance {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive): the block and the blank lines after it. */
    public record Range(int start, int end) {
    }

    /** Replace characters {@code start} to {@code end} of the text with {@code text}. */
    public record Edit(int start, int end, String text) {
    }

    private Guidance() {
    }

    /** Every guidance block of {@code markdown}, in order, each with the blank lines that follow it. */
    public static List<Range> blocks(String markdown) {
        List<Range> out = new ArrayList<>();
        for (Node n : ChapterParser.parse(markdown).getDescendants()) {
            if (n instanceof FencedCodeBlock f && f.getInfo().toString().strip().equals("guidance")) {
                int end = f.getEndOffset();
                while (end < markdown.length() && (markdown.charAt(end) == '\n' || markdown.charAt(end) == '\r'
                        || markdown.charAt(end) == ' ')) {
                    end++;
                }
                // a block that ends the chapter takes the blank lines before it instead
                int start = f.getStartOffset();
                if (end == markdown.length()) {
                    while (start > 0 && Character.isWhitespace(markdown.charAt(start - 1))) {
                        start--;
                    }
                }
                out.add(new Range(start, end));
            }
        }
        return out;
    }

    /** The guidance block under {@code caret}, if there is one. */
    public static Optional<Range> at(String markdown, int caret) {
        return blocks(markdown).stream().filter(r -> caret >= r.start()
                && (caret < r.end() || r.end() == markdown.length())).findFirst();
    }

    /** One edit that removes every guidance block; empty when there is none. */
    public static Optional<Edit> removeAll(String markdown) {
        List<Range> blocks = blocks(markdown);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        int start = blocks.get(0).start();
        int end = blocks.get(blocks.size() - 1).end();
        StringBuilder kept = new StringBuilder();
        int at = start;
        for (Range r : blocks) {
            kept.append(markdown, at, r.start());
            at = r.end();
        }
        kept.append(markdown, at, end);
        return Optional.of(new Edit(start, end, kept.toString()));
    }
}
