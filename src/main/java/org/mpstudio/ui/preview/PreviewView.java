package org.mpstudio.ui.preview;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.model.doc.SourceSpan;
import org.mpstudio.ui.common.FxPulses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview pane: the rendered chapter's nodes in a scroll pane, scrolled to the block at the editor's caret. A
 * refresh keeps the nodes of blocks that did not change (typing in one paragraph rebuilds that paragraph only), so
 * the page is not styled and laid out anew on every keystroke.
 */
public final class PreviewView {

    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    /**
     * How much of a new page is laid out in one pulse, in {@link BlockNodes#cost} units (about characters): the
     * first pulse gets more than a tall window shows, every next one as much again, so a 30-page chapter fills in
     * about 15 frames instead of holding the window for 150-200 ms in one.
     */
    static final int FIRST_BUDGET = 8000;
    static final int BATCH_BUDGET = 8000;

    /** The page's blocks, and their nodes: the page holds the first ones while a long page fills. */
    private final List<Block> blocks = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    /** Counts the pages shown, so that filling an old page stops. */
    private int generation;
    /** A line whose block was not on the page yet when asked to reveal it (0: none). */
    private int revealLine;
    private final ChartImages charts = new ChartImages();
    private final PauseTransition resized = new PauseTransition(Duration.millis(250));
    private PreviewViewModel.Rendered shown;
    /** A render held back until after the next pulse (see {@link #arrived}); the newest replaces older ones. */
    private PreviewViewModel.Rendered waiting;
    private double shownWidth;
    private double shownScale;

    public PreviewView(PreviewViewModel model) {
        var rendered = model.renderedProperty();
        page.getStyleClass().add("pv-page");
        page.setId("preview-page");
        scroll.getStyleClass().add("pv-scroll");
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(PreviewView.class.getResource("preview.css").toExternalForm());
        rendered.addListener((o, a, r) -> arrived(r));
        resized.setOnFinished(e -> {
            if (shown != null && Math.abs(chartWidth() - shownWidth) >= 1) {
                show(shown);
            }
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (Math.abs(a.getWidth() - b.getWidth()) >= 1) {
                resized.playFromStart();
            }
        });
        if (rendered.getValue() != null) {
            show(rendered.getValue());
        }
    }

    public Node node() {
        return scroll;
    }

    /** The width charts are drawn at: the page's content width, once laid out. */
    private double chartWidth() {
        double viewport = scroll.getViewportBounds().getWidth();
        double width = (viewport > 0 ? viewport : scroll.getWidth()) - page.getInsets().getLeft()
                - page.getInsets().getRight();
        return width > 100 ? Math.floor(width) : 560;
    }

    private double outputScale() {
        Window w = scroll.getScene() == null ? null : scroll.getScene().getWindow();
        return w == null || !(w.getOutputScaleX() > 0) ? 1 : w.getOutputScaleX();
    }

    /**
     * Shows a render. Another chapter's page is shown after the next pulse: the chapter switch that asked for it has
     * the editor's new lines laid out in that pulse, and the two together held the window for over 100 ms.
     */
    private void arrived(PreviewViewModel.Rendered r) {
        boolean deferring = waiting != null;
        waiting = r;
        if (deferring) {
            return;
        }
        if (shown != null && shown.chapterId().equals(r.chapterId())) {
            waiting = null;
            show(r);
            return;
        }
        FxPulses.afterNextPulse(scroll, () -> {
            PreviewViewModel.Rendered newest = waiting;
            waiting = null;
            show(newest);
        });
    }

    private void show(PreviewViewModel.Rendered r) {
        double width = chartWidth();
        double scale = outputScale();
        boolean sameLook = shown != null && r.words().equals(shown.words()) && scale == shownScale;
        boolean sameWidth = width == shownWidth;
        Map<Block, Deque<Node>> previous = new HashMap<>();
        if (sameLook) {
            // only charts are drawn at the page's width: every other block's node wraps by itself when it changes
            for (int i = 0; i < blocks.size(); i++) {
                if (sameWidth || !(blocks.get(i) instanceof Block.ChartBlock)) {
                    previous.computeIfAbsent(blocks.get(i), b -> new ArrayDeque<>()).add(nodes.get(i));
                }
            }
        }
        shown = r;
        shownWidth = width;
        shownScale = scale;
        BlockNodes maker = new BlockNodes(r.words(), charts, width, scale);
        List<Node> children = new ArrayList<>();
        blocks.clear();
        for (Block b : r.blocks()) {
            Deque<Node> same = previous.get(b);
            Node n = same == null || same.isEmpty() ? null : same.poll();
            if (n == null) {
                n = maker.node(b);
                n.getStyleClass().add("pv-block");
            }
            children.add(n);
            blocks.add(b);
        }
        nodes.clear();
        nodes.addAll(children);
        int filling = ++generation;
        int end = fillEnd(0, FIRST_BUDGET);
        replaceMiddle(page.getChildren(), children.subList(0, end));
        if (end < nodes.size()) {
            fillLater(filling);
        }
    }

    /**
     * The index after the last node, from {@code from} on, that fits {@code budget}: nodes already on the page cost
     * nothing, others what {@link BlockNodes#cost} says; the first always fits.
     */
    private int fillEnd(int from, int budget) {
        int cost = 0;
        for (int i = from; i < nodes.size(); i++) {
            if (nodes.get(i).getParent() != page) {
                cost += BlockNodes.cost(blocks.get(i));
                if (cost > budget && i > from) {
                    return i;
                }
            }
        }
        return nodes.size();
    }

    /** Adds the page's next nodes after the next pulse, a budget's worth a pulse, until the page is whole. */
    private void fillLater(int filling) {
        FxPulses.afterNextPulse(scroll, () -> {
            if (filling != generation) {
                return;
            }
            int from = page.getChildren().size();
            int end = fillEnd(from, BATCH_BUDGET);
            page.getChildren().addAll(nodes.subList(from, end));
            if (end < nodes.size()) {
                fillLater(filling);
            } else if (revealLine > 0) {
                // once the last nodes are laid out, so the page's height and their places are known
                int line = revealLine;
                revealLine = 0;
                FxPulses.afterNextPulse(scroll, () -> {
                    if (filling == generation) {
                        reveal(line);
                    }
                });
            }
        });
    }

    /**
     * Runs {@code drawing} (the window laid out and drawn out of sight before it first shows) while the page holds
     * made-up blocks, then empties it again; as the binder's and the editor's rehearsals, so that the first
     * chapter's page, when the profile comes after the window showed, is not the first the JVM styles and lays out.
     * Only {@code drawing} runs when a page is shown.
     */
    public void rehearse(Runnable drawing) {
        if (shown != null || waiting != null || !page.getChildren().isEmpty()) {
            drawing.run();
            return;
        }
        BlockNodes maker = new BlockNodes(Map.of(), charts, chartWidth(), outputScale());
        try {
            for (Block b : rehearsalBlocks()) {
                Node n = maker.node(b);
                n.getStyleClass().add("pv-block");
                page.getChildren().add(n);
            }
            drawing.run();
        } finally {
            page.getChildren().clear();
        }
    }

    /** Made-up blocks of the kinds a chapter's page has, charts aside (drawn in the background). */
    static List<Block> rehearsalBlocks() {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading("h", 1, "1", List.of(Inline.Text.plain("Rehearsal")), SourceSpan.NONE));
        for (int i = 1; i <= 6; i++) {
            out.add(new Block.Heading("h" + i, 2, "1." + i, List.of(Inline.Text.plain("Section " + i)),
                    SourceSpan.NONE));
            out.add(new Block.Paragraph("p" + i, List.of(
                    new Inline.Text("A paragraph with emphasis, ", Set.of(Inline.Style.ITALIC)),
                    Inline.Text.plain("a figure of "), new Inline.Figure("1,234", "indicator", Set.of()),
                    Inline.Text.plain(" from a source "), new Inline.Citation("(Agency 2024)", List.of("source")),
                    Inline.Text.plain(", a chart ("), new Inline.CrossRef("Figure 1", "chart"),
                    Inline.Text.plain(") and a figure still to come, "), new Inline.Missing("[no value]"),
                    Inline.Text.plain(", long enough to wrap over several lines, in Lao script too: ການເຄື່ອນຍ້າຍ.")),
                    SourceSpan.NONE));
            out.add(new Block.ListBlock("l" + i, List.of(
                    new Block.ListItem(List.of(Inline.Text.plain("ບົດທີ " + i)), 0, false),
                    new Block.ListItem(List.of(new Inline.Text("A second item", Set.of(Inline.Style.BOLD))), 0,
                            false)), SourceSpan.NONE));
        }
        out.add(new Block.TableBlock("t", "1", "Rehearsal", List.of("Year", "Value"),
                List.of(List.of("2022", "1,000"), List.of("2023", "1,100")), List.of(false, true), "Agency", "",
                SourceSpan.NONE));
        return out;
    }

    /** Whether every block of the page is on it (a long chapter's page fills over a few frames). */
    public boolean filled() {
        return page.getChildren().size() == nodes.size();
    }

    /**
     * Makes {@code now} equal to {@code next} by replacing only the range between their common first and last
     * nodes, so nodes that stay are not taken out of the scene (which would style them again).
     */
    static void replaceMiddle(javafx.collections.ObservableList<Node> now, List<Node> next) {
        int start = 0;
        while (start < now.size() && start < next.size() && now.get(start) == next.get(start)) {
            start++;
        }
        int endNow = now.size();
        int endNext = next.size();
        while (endNow > start && endNext > start && now.get(endNow - 1) == next.get(endNext - 1)) {
            endNow--;
            endNext--;
        }
        if (start == endNow && start == endNext) {
            return;
        }
        if (start == 0 && endNow == now.size()) {
            now.setAll(next);
            return;
        }
        List<Node> middle = new ArrayList<>(next.subList(start, endNext));
        now.subList(start, endNow).clear();
        now.addAll(start, middle);
    }

    /** Scrolls so the block made from {@code line} (1-based, title line = 1) of the chapter's Markdown shows. */
    public void reveal(int line) {
        int index = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).span().startLine() <= line) {
                index = i;
            }
        }
        if (index >= page.getChildren().size()) {
            revealLine = line;
            return;
        }
        revealLine = 0;
        if (index < 0 || page.getHeight() <= scroll.getViewportBounds().getHeight()) {
            return;
        }
        Bounds b = page.getChildren().get(index).getBoundsInParent();
        double max = page.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / max)));
    }
}
