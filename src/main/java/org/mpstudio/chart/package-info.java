/**
 * Charts for drafts and the editor's preview: turns a resolved {@link org.mpstudio.model.doc.ChartData} into a
 * JFreeChart in one restrained, greyscale-safe house style and paints it as a PNG (with its resolution recorded
 * for Word) or as a {@code BufferedImage}. It owns the bundled chart fonts, the palette, locale number formats on
 * axes and labels, and the zero-width-joiner fix that makes Java2D shape Lao. It may depend on
 * {@code org.mpstudio.model} (with {@code model.doc}) and {@code org.mpstudio.i18n}, the JDK (AWT, ImageIO) and
 * JFreeChart; never on JavaFX or POI, so it runs headless in the command line and in tests.
 */
package org.mpstudio.chart;
