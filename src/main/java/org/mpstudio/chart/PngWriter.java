package org.mpstudio.chart;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes an image as PNG with its resolution in the {@code pHYs} chunk (pixels per metre), so Word places a
 * 300 dpi chart at its intended size instead of assuming 96 dpi. Stateless; thread-safe.
 */
final class PngWriter {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngWriter() {
    }

    /** Pixels per metre for {@code dpi}: 300 dpi gives 11811. */
    static long pixelsPerMetre(int dpi) {
        return Math.round(dpi / 0.0254);
    }

    static byte[] write(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            metadata.mergeTree(FORMAT, physTree(dpi));
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            // only memory streams are involved, so this is a programming error rather than a user's problem
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physTree(int dpi) {
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String ppm = Long.toString(pixelsPerMetre(dpi));
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(phys);
        return root;
    }
}
