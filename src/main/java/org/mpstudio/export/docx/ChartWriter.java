package org.mpstudio.export.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.mpstudio.export.ExportException;
import org.mpstudio.model.doc.Block;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A chart: its caption above, the PNG inline in a {@code FigureImage} paragraph (16 cm wide or the text width if
 * narrower, height from the PNG's aspect ratio), then the source note. Caption and picture keep with the next
 * paragraph, so the three stay on one page; one bookmark spans them.
 */
final class ChartWriter {

    static final String IMAGE_STYLE = "FigureImage";
    static final double WIDTH_CM = 16.0;

    private ChartWriter() {
    }

    static void write(DocxContext ctx, Block.ChartBlock c) throws ExportException {
        CaptionWriter.Caption caption = CaptionWriter.write(ctx, c.id(), "Figure", ctx.word("word.figure"),
                c.number(), c.title());
        byte[] png = render(ctx, c);
        XWPFParagraph image = ctx.paragraph(IMAGE_STYLE);
        picture(ctx, image, png, c);
        StringBuilder text = new StringBuilder(caption.text()).append("\n\n");
        XWPFParagraph source = c.data() == null ? null
                : CaptionWriter.sourceNote(ctx, c.data().source(), c.data().note(), text);
        if (source == null) {
            text.setLength(text.length() - 1);
        }
        CaptionWriter.close(ctx, c.id(), caption, source == null ? image : source, text.toString());
    }

    private static byte[] render(DocxContext ctx, Block.ChartBlock c) throws ExportException {
        try {
            byte[] png = ctx.chartPng.apply(c.data());
            if (png == null || png.length == 0) {
                throw new ExportException(ctx.out + ": the chart renderer returned no image for " + c.id()
                        + "; check the chart's data in the data browser.");
            }
            return png;
        } catch (RuntimeException e) {
            throw new ExportException(ctx.out + ": could not draw chart " + c.id() + " (" + e.getMessage()
                    + "); check the chart's data in the data browser.", e);
        }
    }

    private static void picture(DocxContext ctx, XWPFParagraph p, byte[] png, Block.ChartBlock c)
            throws ExportException {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            if (img == null) {
                throw new ExportException(ctx.out + ": the image of chart " + c.id() + " is not a PNG.");
            }
            long maxEmu = ctx.page.textWidth(false) * PageGeometry.EMU_PER_TWIP;
            long width = Math.min(maxEmu, Math.round(WIDTH_CM * Units.EMU_PER_CENTIMETER));
            long height = Math.round((double) width * img.getHeight() / img.getWidth());
            XWPFRun r = p.createRun();
            r.addPicture(new ByteArrayInputStream(png), PictureType.PNG, BookmarkNames.sanitize(c.id()) + ".png",
                    (int) width, (int) height);
            r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(Scripts.nfc(c.title()));
        } catch (IOException | InvalidFormatException e) {
            throw new ExportException(ctx.out + ": could not add the image of chart " + c.id() + " ("
                    + e.getMessage() + ").", e);
        }
    }
}
