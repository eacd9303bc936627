package org.mpstudio.ui.insert;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import org.mpstudio.chart.ChartRenderer;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.Coalescer;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.preview.ChartImages;

import java.util.Map;
import java.util.Optional;

/**
 * The chart dialog's preview: the chart the choices resolve to, drawn by {@link ChartRenderer} on a thread of the
 * dialog's own (never on the JavaFX thread), newest choice winning, with its caption above and source below as in
 * the draft. Nothing is shown while the choices give no chart. Built and used on the JavaFX thread.
 */
final class ChartPreview implements AutoCloseable {

    static final double WIDTH = 500;
    static final double HEIGHT = WIDTH * 9 / 16;

    /** An image and the data it was drawn from. */
    private record Drawn(ChartData data, Image image) {
    }

    private final FxTaskRunner runner = new FxTaskRunner();
    private final Coalescer<ChartData, Drawn> coalescer;
    private final double scale = Screen.getPrimary().getOutputScaleX();
    private final ImageView image = new ImageView();
    private final Label drawing;
    private final Label caption = new Label();
    private final Label source = new Label();
    private final Map<String, String> words;
    private final VBox node;
    private ChartRenderer renderer;
    private ChartData wanted;
    private ChartData shown;

    /** @param words the draft's words ({@code word.figure}, {@code word.source}) in the chapter's language */
    ChartPreview(UiText text, FigureViewModel model, Map<String, String> words) {
        this.words = words;
        this.coalescer = new Coalescer<>(runner, "chart preview", this::draw, this::drawn);
        image.setId("insert-chart-image");
        image.setFitWidth(WIDTH);
        image.setPreserveRatio(true);
        drawing = BoundControls.label(text, "insertChart.drawing");
        drawing.getStyleClass().add("hint");
        StackPane frame = new StackPane(drawing, image);
        frame.getStyleClass().add("chart-frame");
        frame.setPrefSize(WIDTH, HEIGHT);
        frame.setMinSize(WIDTH, HEIGHT);
        frame.setMaxSize(WIDTH, HEIGHT);
        StackPane.setAlignment(drawing, Pos.CENTER);
        for (Label l : new Label[] {caption, source}) {
            l.setWrapText(true);
            l.setMaxWidth(WIDTH);
            l.setPrefHeight(36);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setAlignment(Pos.TOP_LEFT);
        }
        caption.getStyleClass().add("figure-caption");
        source.getStyleClass().add("hint");
        node = new VBox(4, caption, frame, source);
        model.blockProperty().addListener((o, a, b) -> show(b));
        show(model.blockProperty().get());
    }

    Node node() {
        return node;
    }

    /** The image shown, null while there is none (no chart yet, or being drawn for the first time). */
    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.imageProperty();
    }

    /** True when the image shown is that of the newest choice. */
    boolean showsNewest() {
        return wanted != null && wanted.equals(shown) && image.getImage() != null;
    }

    private void show(Optional<Block> block) {
        if (block.isPresent() && block.get() instanceof Block.ChartBlock c) {
            setText(caption, words.getOrDefault("word.figure", "Figure") + ": " + c.title());
            setText(source, c.data().source().isEmpty() ? ""
                    : words.getOrDefault("word.source", "Source") + ": " + c.data().source());
            wanted = c.data();
            drawing.setVisible(true);
            coalescer.submit(c.data());
        } else {
            wanted = null;
            shown = null;
            image.setImage(null);
            drawing.setVisible(false);
            setText(caption, "");
            setText(source, "");
        }
    }

    private static void setText(Label l, String s) {
        l.setText(s);
        LatinText.mark(l, s);
    }

    /** On the dialog's thread. */
    private Drawn draw(ChartData data) {
        if (renderer == null) {
            renderer = new ChartRenderer();
        }
        int w = (int) Math.round(WIDTH * scale);
        int h = (int) Math.round(HEIGHT * scale);
        return new Drawn(data, ChartImages.toFx(renderer.image(data, w, h, 96.0 / 72 * scale, false)));
    }

    private void drawn(Drawn d) {
        if (d.data().equals(wanted)) {
            image.setImage(d.image());
            shown = d.data();
            drawing.setVisible(false);
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}
