package org.mpstudio.export.docx;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mpstudio.export.ExportException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The template set's {@code reference.docx}, opened as the start of the draft: its styles, numbering, settings and
 * theme are kept, its body (sample text a drafter may have typed) is removed, and its page size and margins are
 * read as the {@link PageGeometry} of every section.
 */
final class ReferenceTemplate {

    static final String BUNDLED = "/org/mpstudio/export/docx/reference.docx";

    private ReferenceTemplate() {
    }

    /** Opens {@code reference} (null: the bundled default). The caller closes the document. */
    static XWPFDocument open(Path reference) throws ExportException {
        String name = reference == null ? "the bundled reference.docx" : reference.toString();
        try (InputStream in = reference == null ? ReferenceTemplate.class.getResourceAsStream(BUNDLED)
                : Files.newInputStream(reference)) {
            if (in == null) {
                throw new ExportException(BUNDLED + " is missing from the application; reinstall it.");
            }
            return new XWPFDocument(in);
        } catch (IOException | POIXMLException | NotOfficeXmlFileException e) {
            throw new ExportException(name + ": cannot read the Word styles (" + e.getMessage()
                    + "); open and save it in Word, or restore the template set's reference.docx.", e);
        }
    }

    /** The portrait page of the reference's last section, A4 with 2.5 cm margins where it says nothing. */
    static PageGeometry geometry(XWPFDocument docx) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr s = body != null && body.isSetSectPr() ? body.getSectPr() : null;
        PageGeometry d = PageGeometry.A4;
        if (s == null) {
            return d;
        }
        CTPageSz sz = s.getPgSz();
        CTPageMar m = s.getPgMar();
        long w = sz == null ? d.width() : twips(sz.getW(), d.width());
        long h = sz == null ? d.height() : twips(sz.getH(), d.height());
        if (m == null) {
            return new PageGeometry(Math.min(w, h), Math.max(w, h), d.top(), d.right(), d.bottom(), d.left(),
                    d.header(), d.footer());
        }
        return new PageGeometry(Math.min(w, h), Math.max(w, h), twips(m.getTop(), d.top()),
                twips(m.getRight(), d.right()), twips(m.getBottom(), d.bottom()), twips(m.getLeft(), d.left()),
                twips(m.getHeader(), d.header()), twips(m.getFooter(), d.footer()));
    }

    /** Removes everything in the body but its section properties. */
    static void clearBody(XWPFDocument docx) {
        for (int i = docx.getBodyElements().size() - 1; i >= 0; i--) {
            docx.removeBodyElement(i);
        }
        CTBody body = docx.getDocument().getBody();
        while (body.sizeOfPArray() > 0) {
            body.removeP(0);
        }
        while (body.sizeOfTblArray() > 0) {
            body.removeTbl(0);
        }
        while (body.sizeOfSdtArray() > 0) {
            body.removeSdt(0);
        }
        while (body.sizeOfBookmarkStartArray() > 0) {
            body.removeBookmarkStart(0);
        }
        while (body.sizeOfBookmarkEndArray() > 0) {
            body.removeBookmarkEnd(0);
        }
    }

    private static long twips(Object value, long fallback) {
        if (value instanceof Number n) {
            return Math.abs(n.longValue());
        }
        if (value != null && value.toString().matches("-?\\d+")) {
            return Math.abs(Long.parseLong(value.toString()));
        }
        return fallback;
    }
}
