package org.mpstudio.ui.preview;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.mpstudio.model.doc.Block;
import org.mpstudio.ui.common.FxPulses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview pane: the rendered chapter's nodes in a scroll pane, scrolled to the block at the editor's caret. A
 * refresh keeps the nodes of blocks that did not change (typing in one paragraph rebuilds that paragraph only), so
 * the page is not styled and laid out anew on every keystroke.
 */
public final class PreviewView {

    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    private final List<Block> blocks = new ArrayList<>();
    private final ChartImages charts = new ChartImages();
    private final PauseTransition resized = new PauseTransition(Duration.millis(250));
    private PreviewViewModel.Rendered shown;
    /** A render held back until after the next pulse (see {@link #arrived}); the newest replaces older ones. */
    private PreviewViewModel.Rendered waiting;
    private double shownWidth;
    private double shownScale;

    public PreviewView(PreviewViewModel model) {
        this(model.renderedProperty());
    }

    /** A preview of whatever {@code rendered} holds (the benchmark shows chapters without a workspace). */
    public PreviewView(javafx.beans.value.ObservableValue<PreviewViewModel.Rendered> rendered) {
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
                    previous.computeIfAbsent(blocks.get(i), b -> new ArrayDeque<>()).add(page.getChildren().get(i));
                }
            }
        }
        shown = r;
        shownWidth = width;
        shownScale = scale;
        BlockNodes nodes = new BlockNodes(r.words(), charts, width, scale);
        List<Node> children = new ArrayList<>();
        blocks.clear();
        for (Block b : r.blocks()) {
            Deque<Node> same = previous.get(b);
            Node n = same == null || same.isEmpty() ? null : same.poll();
            if (n == null) {
                n = nodes.node(b);
                n.getStyleClass().add("pv-block");
            }
            children.add(n);
            blocks.add(b);
        }
        replaceMiddle(page.getChildren(), children);
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
        if (index < 0 || page.getHeight() <= scroll.getViewportBounds().getHeight()) {
            return;
        }
        Bounds b = page.getChildren().get(index).getBoundsInParent();
        double max = page.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / max)));
    }
}
