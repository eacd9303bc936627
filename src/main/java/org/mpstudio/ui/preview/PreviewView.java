package org.mpstudio.ui.preview;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.mpstudio.model.doc.Block;

import java.util.ArrayList;
import java.util.List;

/** The preview pane: the rendered chapter's nodes in a scroll pane, scrolled to the block at the editor's caret. */
public final class PreviewView {

    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    private final List<Block> blocks = new ArrayList<>();

    public PreviewView(PreviewViewModel model) {
        page.getStyleClass().add("pv-page");
        page.setId("preview-page");
        scroll.getStyleClass().add("pv-scroll");
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(PreviewView.class.getResource("preview.css").toExternalForm());
        model.renderedProperty().addListener((o, a, r) -> show(r));
        if (model.renderedProperty().get() != null) {
            show(model.renderedProperty().get());
        }
    }

    public Node node() {
        return scroll;
    }

    private void show(PreviewViewModel.Rendered r) {
        BlockNodes nodes = new BlockNodes(r.words());
        List<Node> children = new ArrayList<>();
        blocks.clear();
        for (Block b : r.blocks()) {
            Node n = nodes.node(b);
            n.getStyleClass().add("pv-block");
            children.add(n);
            blocks.add(b);
        }
        page.getChildren().setAll(children);
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
