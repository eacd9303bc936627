package org.mpstudio.ui.editor;

import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Problem;
import org.mpstudio.ui.common.Coalescer;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The Markdown editor: a RichTextFX code area with line numbers, highlighting computed in the background, completion
 * of ids, problems underlined with their message on hover, and autosave 1.5 s after typing stops.
 */
public final class EditorView {

    private record StyleInput(String text, List<Problem> problems) {
    }

    private record Styled(String text, List<MarkdownStyler.Run> runs) {
    }

    private final WorkspaceModel workspace;
    private final EditorViewModel model;
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final PauseTransition autosave = new PauseTransition(Duration.millis(1500));
    private final ContextMenu completion = new ContextMenu();
    private final Tooltip problemTip = new Tooltip();
    /** The mouse has rested over the text this long: the problem under it is shown. */
    private final PauseTransition hover = new PauseTransition(Duration.millis(400));
    private Point2D hoverAt = Point2D.ZERO;
    private Point2D hoverOnScreen = Point2D.ZERO;
    private final Coalescer<StyleInput, Styled> styler;
    /** How much of a chapter is highlighted before its first drawing; the rest is highlighted in the background. */
    static final int SYNC_STYLE_CHARS = 10_000;
    private boolean loading;
    /**
     * The area's text as its text property last gave it: {@code getText()} joins all lines anew on every call, which
     * for a 30-page chapter was done three times for each keystroke.
     */
    private String shownText = "";
    /** The highlighting last put into the area: the same again is not applied (that would redraw every line). */
    private Styled applied;

    public EditorView(WorkspaceModel workspace, EditorViewModel model, IntConsumer caretLine) {
        this.workspace = workspace;
        this.model = model;
        this.styler = new Coalescer<>(workspace.runner(), "highlight",
                in -> new Styled(in.text(), MarkdownStyler.style(in.text(), in.problems())), this::applyStyle);
        area.setId("markdown-editor");
        configure(area);
        area.editableProperty().bind(workspace.readOnlyProperty().not());
        autosave.setOnFinished(e -> model.autosave());
        model.loadedProperty().addListener((o, a, b) -> load());
        area.textProperty().addListener((o, a, now) -> {
            shownText = now;
            typed(now);
        });
        workspace.chapterProblemsProperty().addListener((o, a, b) -> restyle());
        area.currentParagraphProperty().addListener((o, a, p) -> caretLine.accept(p + 1));
        // RichTextFX's own mouse-over-text events cost every line an event stream of its own, a tenth of a chapter
        // switch; one pause for the whole area does the same
        hover.setOnFinished(e -> area.hit(hoverAt.getX(), hoverAt.getY()).getCharacterIndex()
                .ifPresent(i -> showProblem(i, hoverOnScreen.getX(), hoverOnScreen.getY())));
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            problemTip.hide();
            hoverAt = new Point2D(e.getX(), e.getY());
            hoverOnScreen = new Point2D(e.getScreenX(), e.getScreenY());
            hover.playFromStart();
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.stop();
            problemTip.hide();
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            hover.stop();
            problemTip.hide();
        });
        load();
    }

    public Region node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    /**
     * Removes the template's guidance block under the caret, or with {@code all} every guidance block of the chapter,
     * as one edit that one undo brings back; false when there is none or the profile is read-only.
     */
    public boolean removeGuidance(boolean all) {
        if (!area.isEditable()) {
            return false;
        }
        String text = area.getText();
        java.util.Optional<Guidance.Edit> edit = all ? Guidance.removeAll(text)
                : Guidance.at(text, area.getCaretPosition()).map(r -> new Guidance.Edit(r.start(), r.end(), ""));
        edit.ifPresent(e -> {
            // its own undo step, never merged with the typing before or after it
            area.getUndoManager().preventMerge();
            area.replaceText(e.start(), e.end(), e.text());
            area.getUndoManager().preventMerge();
            area.moveTo(Math.min(e.start(), area.getLength()));
            area.requestFollowCaret();
        });
        return edit.isPresent();
    }

    private void load() {
        loading = true;
        try {
            var text = model.loadedProperty().get();
            String markdown = text == null ? "" : org.mpstudio.template.ChapterParser.markdown(text);
            // the first lines are highlighted in the same event, so they are drawn once, already coloured; a long
            // chapter's rest follows from the background (all of a 30-page chapter here held the window 70 ms). Its
            // problems are underlined when the preview has checked it (the ones held now are the last chapter's).
            ChapterDocument doc = chapterDocument(area, markdown);
            // one replacement with the styles in it: replacing the text, then styling it, took twice as long
            area.replace(0, area.getLength(), doc.document());
            applied = new Styled(markdown, doc.runs());
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            loading = false;
        }
        restyle();
    }

    /**
     * Runs {@code drawing} (the window laid out and drawn out of sight before it first shows) while the area holds a
     * made-up chapter, then empties it again; as {@code BinderView.rehearse}, so that the first chapter's lines,
     * when the profile comes after the window showed, are not the first the JVM styles and lays out. Nothing of it
     * reaches the chapter, the undo history or the autosave. Only {@code drawing} runs when a chapter is loaded.
     */
    public void rehearse(Runnable drawing) {
        if (model.loadedProperty().get() != null || area.getLength() > 0) {
            drawing.run();
            return;
        }
        loading = true;
        try {
            area.replace(0, 0, chapterDocument(area, rehearsalText()).document());
            drawing.run();
        } finally {
            area.clear();
            area.getUndoManager().forgetHistory();
            loading = false;
        }
    }

    /**
     * A made-up chapter with what chapters have: headings, long paragraphs with emphasis, figures, citations and
     * cross-references, lists, guidance and chart blocks, Lao script.
     */
    static String rehearsalText() {
        StringBuilder sb = new StringBuilder("# Rehearsal\n\n```guidance\nWhat this chapter covers.\n```\n\n");
        for (int i = 1; i <= 10; i++) {
            sb.append("## Section ").append(i).append("\n\n");
            for (int p = 0; p < 2; p++) {
                sb.append("A paragraph with *emphasis* and **strong words**, a figure of ")
                        .append("{{value indicator period=2023}} from a source [@source-").append(i)
                        .append("] and a chart (@fig:chart-").append(i).append("), long enough to wrap over several lines of the editor, as the paragraphs that")
                        .append(" drafters write do, with a change of {{change indicator from=2022 to=2023}}.\n\n");
            }
            sb.append("- ບົດທີ ").append(i).append(" ການເຄື່ອນຍ້າຍແຮງງານ\n- a second item\n\n");
            if (i % 3 == 0) {
                sb.append("```chart\nid: chart-").append(i).append("\ntype: bar\nindicator: indicator\n```\n\n");
            }
        }
        return sb.toString();
    }

    /** Sets {@code area} up as the editor's: highlighting style sheet, wrapped lines, line numbers. */
    static void configure(CodeArea area) {
        area.getStyleClass().add("md-editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(new LineNumbers());
        area.getStylesheets().add(EditorView.class.getResource("editor.css").toExternalForm());
    }

    /** A chapter's text as the area's document, and the highlighting it holds (the unstyled rest as one run). */
    record ChapterDocument(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document,
            List<MarkdownStyler.Run> runs) {
    }

    /**
     * {@code markdown} as a document for {@code area}, its first {@value #SYNC_STYLE_CHARS} characters (to the end of
     * that line) highlighted, the rest unstyled until the background highlighting arrives.
     */
    static ChapterDocument chapterDocument(CodeArea area, String markdown) {
        int lineEnd = markdown.length() <= SYNC_STYLE_CHARS ? -1 : markdown.indexOf('\n', SYNC_STYLE_CHARS);
        int cut = lineEnd < 0 ? markdown.length() : lineEnd + 1;
        List<MarkdownStyler.Run> runs = new ArrayList<>(MarkdownStyler.style(markdown.substring(0, cut), List.of()));
        var document = styledDocument(area, markdown, runs, cut);
        if (cut < markdown.length()) {
            runs.add(new MarkdownStyler.Run(markdown.length() - cut, Set.of()));
        }
        return new ChapterDocument(document, List.copyOf(runs));
    }

    /**
     * {@code markdown} as the area's document, one paragraph a line: the first {@code cut} characters (ending at a
     * line's end) styled by {@code runs}, the rest unstyled.
     */
    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styledDocument(
            CodeArea area, String markdown, List<MarkdownStyler.Run> runs, int cut) {
        var doc = new ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>>(area.getSegOps(),
                area.getInitialParagraphStyle());
        StyleSpans<Collection<String>> head = runs.isEmpty() ? null : spans(runs);
        int start = 0;
        while (true) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end);
            int lineEnd = start + line.length();
            if (line.isEmpty() || head == null || lineEnd > cut) {
                doc.addParagraph(line, area.getInitialTextStyle());
            } else {
                doc.addParagraph(line, head.subView(start, lineEnd));
            }
            if (end < 0) {
                return doc.build();
            }
            start = end + 1;
        }
    }

    static StyleSpans<Collection<String>> spans(List<MarkdownStyler.Run> runs) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        runs.forEach(r -> b.add(r.classes(), r.length()));
        return b.create();
    }

    private void typed(String text) {
        if (loading) {
            return;
        }
        model.edited(text);
        autosave.playFromStart();
        restyle();
        javafx.application.Platform.runLater(() -> complete(shownText));
    }

    private void restyle() {
        styler.submit(new StyleInput(shownText, workspace.chapterProblemsProperty().get()));
    }

    /**
     * Puts highlighting into the area, only where it differs from what was put in last: the runs both have at the
     * start and at the end stay (after an edit the area has moved them with the text). Restyling a line makes its
     * line anew, so a keystroke in a long chapter restyles the lines around it, not all of them.
     */
    private void applyStyle(Styled styled) {
        if (!styled.text().equals(shownText) || styled.runs().isEmpty() || styled.equals(applied)) {
            return;
        }
        List<MarkdownStyler.Run> now = applied == null ? List.of() : applied.runs();
        List<MarkdownStyler.Run> next = styled.runs();
        applied = styled;
        int head = 0;
        int from = 0;
        while (head < now.size() && head < next.size() && now.get(head).equals(next.get(head))) {
            from += next.get(head).length();
            head++;
        }
        int tail = 0;
        while (tail < now.size() - head && tail < next.size() - head
                && now.get(now.size() - 1 - tail).equals(next.get(next.size() - 1 - tail))) {
            tail++;
        }
        if (head + tail >= next.size()) {
            return;
        }
        area.setStyleSpans(from, spans(next.subList(head, next.size() - tail)));
    }

    private void complete(String text) {
        int caret = area.getCaretPosition();
        if (caret > text.length() || !area.isFocused()) {
            completion.hide();
            return;
        }
        String before = text.substring(Math.max(0, text.lastIndexOf('\n', caret - 1) + 1), caret);
        var content = workspace.contentProperty().get();
        EditorText.Completion c = EditorText.completion(before,
                content.indicators().stream().map(Indicator::id).toList(), workspace.figureIdsProperty().get());
        if (c == null || c.candidates().isEmpty()) {
            completion.hide();
            return;
        }
        completion.getItems().clear();
        for (String id : c.candidates().subList(0, Math.min(12, c.candidates().size()))) {
            MenuItem item = new MenuItem(id);
            item.setOnAction(e -> area.replaceText(caret - c.prefix().length(), area.getCaretPosition(), id));
            completion.getItems().add(item);
        }
        area.getCaretBounds().ifPresent(b -> completion.show(area, b.getMinX(), b.getMaxY()));
    }

    /**
     * The messages of the problems underlined at character {@code index} of the text, one a line, in the UI
     * language (what hovering there shows); empty when there is none.
     */
    public String problemsAt(int index) {
        String text = area.getText();
        Messages messages = Messages.forLanguage(workspace.text().language());
        StringBuilder sb = new StringBuilder();
        for (Problem p : workspace.chapterProblemsProperty().get()) {
            int at = EditorText.offset(text, p.line(), p.column());
            if (at >= 0 && index >= at && index < EditorText.wordEnd(text, at)) {
                sb.append(sb.isEmpty() ? "" : "\n").append(messages.format(p.code(), p.args()));
            }
        }
        return sb.toString();
    }

    private void showProblem(int index, double x, double y) {
        String message = problemsAt(index);
        if (!message.isEmpty()) {
            problemTip.setText(message);
            // a tooltip is a window of its own: the main window's lang-lo does not reach it
            LaoText.markLao(problemTip.getStyleClass(), message);
            problemTip.show(area, x, y + 12);
        }
    }

    /** The tooltip that shows a problem's message on hover. */
    public Tooltip problemTip() {
        return problemTip;
    }
}
