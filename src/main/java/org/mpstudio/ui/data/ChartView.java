package org.mpstudio.ui.data;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.ui.common.BoundControls;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.preview.ChartImages;

import java.util.Optional;

/**
 * The browser's chart of the selected indicator's totals by period, drawn at the screen's resolution; in its place a
 * sentence when there is nothing to chart, while it is drawn, or when drawing failed.
 */
final class ChartView {

    /** The chart's size on screen, in JavaFX pixels. */
    static final double WIDTH = 460;
    static final double HEIGHT = 250;

    private final DataBrowserViewModel model;
    private final UiText text;
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final VBox box;
    private final ChartSlot slot;
    private final InvalidationListener onLocale = o -> sayAgain();
    private String messageKey = "";

    ChartView(DataBrowserViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        image.setId("data-chart");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setFitWidth(WIDTH);
        message.setId("data-chart-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.setMaxWidth(WIDTH - 40);
        StackPane frame = new StackPane(image, message);
        frame.getStyleClass().add("chart-frame");
        frame.setAlignment(Pos.CENTER);
        frame.setMinSize(WIDTH + 12, HEIGHT + 12);
        frame.setPrefSize(WIDTH + 12, HEIGHT + 12);
        Label title = BoundControls.label(text, "data.chart");
        title.getStyleClass().add("section-title");
        box = new VBox(6, title, frame);
        box.getStyleClass().add("browser-pane");
        VBox.setVgrow(frame, Priority.ALWAYS);
        box.setMinWidth(WIDTH + 12);
        slot = new ChartSlot(new ChartSlot.Display() {
            @Override
            public void image(Image drawn) {
                image.setImage(drawn);
                say("");
            }

            @Override
            public void drawing() {
                image.setImage(null);
                say("data.chart.drawing");
            }

            @Override
            public void failed() {
                image.setImage(null);
                say("data.chart.failed");
            }
        });
        model.chartProperty().addListener((o, a, b) -> update());
        text.localeProperty().addListener(onLocale);
        box.sceneProperty().addListener((o, a, b) -> update());
    }

    Node node() {
        return box;
    }

    private void update() {
        Optional<ChartData> data = model.chartProperty().get();
        if (data.isEmpty()) {
            image.setImage(null);
            slot.request(null);
            say(model.indicatorProperty().get() == null ? "" : model.rows().isEmpty() ? "data.chart.empty"
                    : "data.chart.none");
            return;
        }
        double screen = outputScale();
        slot.request(new ChartImages.Key(data.get(), (int) Math.round(WIDTH * screen),
                (int) Math.round(HEIGHT * screen), 96.0 / 72 * screen));
    }

    private double outputScale() {
        Window w = box.getScene() == null ? null : box.getScene().getWindow();
        return w == null || w.getOutputScaleX() <= 0 ? 1 : w.getOutputScaleX();
    }

    private void sayAgain() {
        say(messageKey);
    }

    private void say(String key) {
        messageKey = key;
        message.setText(key.isEmpty() ? "" : text.get(key));
        message.setVisible(!key.isEmpty());
    }

    void close() {
        text.localeProperty().removeListener(onLocale);
        slot.close();
    }
}
