package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.math.BigInteger;

/**
 * The list definitions of numbering.xml: the reference's first abstract list whose top level is a bullet, and its
 * first whose top level is a decimal number (a drafter may restyle both in Word); either is added with the house
 * layout if the reference has none. Bulleted lists share one list instance; each numbered list gets its own
 * instance restarting at 1.
 */
final class ListNumbering {

    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25E6"};
    private static final long STEP = 454;
    private static final long HANGING = 284;

    private final XWPFNumbering numbering;
    private final BigInteger decimalAbstract;
    private final BigInteger bullets;

    ListNumbering(XWPFDocument docx) {
        numbering = docx.getNumbering() != null ? docx.getNumbering() : docx.createNumbering();
        BigInteger bulletAbstract = find(STNumberFormat.BULLET);
        if (bulletAbstract == null) {
            bulletAbstract = numbering.addAbstractNum(new XWPFAbstractNum(define(nextAbstractId(), false)));
        }
        BigInteger decimal = find(STNumberFormat.DECIMAL);
        if (decimal == null) {
            decimal = numbering.addAbstractNum(new XWPFAbstractNum(define(nextAbstractId(), true)));
        }
        decimalAbstract = decimal;
        bullets = numbering.addNum(bulletAbstract);
    }

    /** The list instance of bulleted items. */
    BigInteger bullets() {
        return bullets;
    }

    /** A new numbered-list instance starting at 1 on every level. */
    BigInteger newDecimal() {
        BigInteger id = numbering.addNum(decimalAbstract);
        XWPFNum num = numbering.getNum(id);
        for (int lvl = 0; lvl < 9; lvl++) {
            CTNumLvl o = num.getCTNum().addNewLvlOverride();
            o.setIlvl(BigInteger.valueOf(lvl));
            o.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return id;
    }

    /** The house definition of a bulleted ({@code ordered} false) or numbered list, nine levels deep. */
    static CTAbstractNum define(BigInteger id, boolean ordered) {
        CTAbstractNum an = CTAbstractNum.Factory.newInstance();
        an.setAbstractNumId(id);
        for (int i = 0; i < 9; i++) {
            CTLvl lvl = an.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                STNumberFormat.Enum[] formats = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER,
                    STNumberFormat.LOWER_ROMAN};
                lvl.addNewNumFmt().setVal(formats[i % 3]);
                lvl.addNewLvlText().setVal("%" + (i + 1) + (i % 3 == 0 ? "." : ")"));
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[i % 3]);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(STEP * (i + 1)));
            ind.setHanging(BigInteger.valueOf(HANGING));
        }
        return an;
    }

    private BigInteger find(STNumberFormat.Enum format) {
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            CTAbstractNum ct = a.getCTAbstractNum();
            for (CTLvl lvl : ct.getLvlArray()) {
                if (BigInteger.ZERO.equals(lvl.getIlvl()) && lvl.isSetNumFmt()
                        && format.equals(lvl.getNumFmt().getVal())) {
                    return ct.getAbstractNumId();
                }
            }
        }
        return null;
    }

    private BigInteger nextAbstractId() {
        BigInteger max = BigInteger.valueOf(-1);
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            max = max.max(a.getCTAbstractNum().getAbstractNumId());
        }
        return max.add(BigInteger.ONE);
    }
}
