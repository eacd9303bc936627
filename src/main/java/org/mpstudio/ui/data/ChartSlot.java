package org.mpstudio.ui.data;

import javafx.scene.image.Image;
import org.mpstudio.ui.preview.ChartImages;

import java.util.Objects;

/**
 * The one chart image the data browser shows. Images are drawn off the JavaFX thread and cached by
 * {@link ChartImages}; on top of that at most one drawing runs at a time and only the newest request is drawn next,
 * so running down the indicator list draws no chart nobody will see. JavaFX thread only.
 */
final class ChartSlot implements AutoCloseable {

    /** What the slot shows: an image, or that it is drawing or failed. */
    interface Display {
        void image(Image image);

        void drawing();

        void failed();
    }

    private final ChartImages images = new ChartImages();
    private final Display display;
    private ChartImages.Key wanted;
    private boolean busy;
    private boolean closed;

    ChartSlot(Display display) {
        this.display = display;
    }

    /** Shows the chart for {@code key}, drawing it unless cached; null shows nothing. */
    void request(ChartImages.Key key) {
        wanted = key;
        if (key == null || closed) {
            return;
        }
        Image hit = images.cached(key);
        if (hit != null) {
            display.image(hit);
        } else {
            display.drawing();
            if (!busy) {
                draw(key);
            }
        }
    }

    private void draw(ChartImages.Key key) {
        busy = true;
        images.image(key, image -> done(key, image), () -> done(key, null));
    }

    private void done(ChartImages.Key key, Image image) {
        busy = false;
        if (closed) {
            return;
        }
        if (!Objects.equals(key, wanted)) {
            request(wanted);
        } else if (image != null) {
            display.image(image);
        } else {
            display.failed();
        }
    }

    @Override
    public void close() {
        closed = true;
        images.close();
    }
}
