package org.mpstudio.export.docx;

/**
 * The portrait page of the reference, in twentieths of a point (twips): page size and margins. Landscape swaps
 * width and height and keeps the margins relative to the reading direction.
 */
record PageGeometry(long width, long height, long top, long right, long bottom, long left, long header,
                    long footer) {

    /** A4 with 2.5 cm margins, used when the reference has no page settings. */
    static final PageGeometry A4 = new PageGeometry(11906, 16838, 1418, 1418, 1418, 1418, 709, 709);

    static final long EMU_PER_TWIP = 635;

    /** Text width in twips, portrait or landscape. */
    long textWidth(boolean landscape) {
        return (landscape ? height : width) - left - right;
    }
}
