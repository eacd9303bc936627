package org.mpstudio.ui.preview;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.mpstudio.chart.ChartRenderer;
import org.mpstudio.model.doc.ChartData;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The preview's chart images: drawn by {@link ChartRenderer} on a background thread of their own (so a chart never
 * delays the text preview on the worker), converted to JavaFX images without {@code javafx.swing}, and cached by
 * chart data and size, so typing elsewhere in the chapter shows the same image again without drawing it. Called on
 * the JavaFX thread; results come back on it. The data browser draws its chart through it too.
 */
public final class ChartImages implements AutoCloseable {

    /** What an image is drawn from: equal data at an equal size gives an equal image. */
    public record Key(ChartData data, int widthPx, int heightPx, double scale) {
    }

    private static final int CACHE_SIZE = 64;
    private static final System.Logger LOG = System.getLogger(ChartImages.class.getName());

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "mpstudio-charts");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Map<Key, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    /** Who waits for a drawing: told the image, or that it could not be drawn. */
    private record Waiter(Consumer<Image> onImage, Runnable onFailed) {
    }

    private final Map<Key, List<Waiter>> drawing = new LinkedHashMap<>();
    private ChartRenderer renderer;

    public ChartImages() {
    }

    /** The cached image for {@code key}, or null. */
    public Image cached(Key key) {
        return cache.get(key);
    }

    /**
     * Hands the image for {@code key} to {@code onImage}: at once when cached, else on the JavaFX thread once drawn
     * (requests for a key being drawn wait for that one drawing).
     */
    public void image(Key key, Consumer<Image> onImage) {
        image(key, onImage, () -> { });
    }

    /** As {@link #image(Key, Consumer)}, and runs {@code onFailed} on the JavaFX thread when drawing fails. */
    public void image(Key key, Consumer<Image> onImage, Runnable onFailed) {
        Image hit = cache.get(key);
        if (hit != null) {
            onImage.accept(hit);
            return;
        }
        List<Waiter> waiting = drawing.get(key);
        if (waiting != null) {
            waiting.add(new Waiter(onImage, onFailed));
            return;
        }
        waiting = new ArrayList<>();
        waiting.add(new Waiter(onImage, onFailed));
        drawing.put(key, waiting);
        executor.execute(() -> {
            Image image = null;
            try {
                image = toFx(renderer().image(key.data(), key.widthPx(), key.heightPx(), key.scale(), false));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "chart preview failed", e);
            }
            Image done = image;
            Platform.runLater(() -> {
                List<Waiter> all = drawing.remove(key);
                if (done != null) {
                    cache.put(key, done);
                    all.forEach(w -> w.onImage().accept(done));
                } else {
                    all.forEach(w -> w.onFailed().run());
                }
            });
        });
    }

    private synchronized ChartRenderer renderer() {
        if (renderer == null) {
            renderer = new ChartRenderer();
        }
        return renderer;
    }

    /** A JavaFX image with the pixels of {@code image}, opaque; may be called on any thread. */
    public static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb;
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == w * h) {
            int[] rgb = ints.getData();
            argb = new int[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                argb[i] = 0xFF000000 | rgb[i];
            }
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
        }
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    /** Stops the drawing threads; images being drawn are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
