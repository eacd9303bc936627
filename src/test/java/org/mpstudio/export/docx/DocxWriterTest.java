package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.chart.ChartRenderer;
import org.mpstudio.export.ExportProgress;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpstudio.export.docx.DocxInspector.attr;
import static org.mpstudio.export.docx.DocxInspector.instructions;
import static org.mpstudio.export.docx.DocxInspector.select;
import static org.mpstudio.export.docx.DocxInspector.style;
import static org.mpstudio.export.docx.DocxInspector.text;

/** Writes the sample document once (watermark on) and reads the DOCX back with POI. */
class DocxWriterTest {

    @TempDir
    static Path dir;

    static Document doc;
    static DocxResult result;
    static Path file;
    static final List<ExportProgress> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void write() throws Exception {
        doc = SampleDocuments.sample();
        file = dir.resolve("sample.docx");
        result = new DocxWriter(null, d -> new ChartRenderer().png(d, 16, 9, 300, false))
                .write(doc, new DocxOptions(true, "exp-2025-03-12-001", "12 March 2025"), file, PROGRESS::add);
    }

    private static DocxInspector open() throws Exception {
        return new DocxInspector(file);
    }

    @Test
    void headingsUseHeadingStylesInReadingOrder() throws Exception {
        try (DocxInspector d = open()) {
            List<String> headings = new ArrayList<>();
            for (XmlObject p : d.paragraphs()) {
                if (style(p).startsWith("Heading")) {
                    headings.add(style(p) + " " + text(p));
                }
            }
            assertEquals(List.of("Heading1 1\tIntroduction", "Heading2 1.1\tLabour migration",
                    "Heading1 2\tDestinations", "Heading2 2.1\tAsia", "Heading1 3\tProvinces",
                    "Heading2 3.1\tNorthern provinces", "Heading3 3.1.1\tRed River Delta", "Heading4 3.1.1.1\tHa Noi",
                    "Heading1 Sources"), headings);
            assertEquals(List.of(ExportProgress.of(ExportProgress.CHAPTER, "1 Introduction"),
                    ExportProgress.of(ExportProgress.CHAPTER, "2 Destinations"),
                    ExportProgress.of(ExportProgress.CHAPTER, "3 Provinces"),
                    ExportProgress.of(ExportProgress.SAVING_DOCX, "sample.docx")), PROGRESS);
        }
    }

    @Test
    void captionsSitAboveWithSeqFieldsKeepingTheChapterNumber() throws Exception {
        try (DocxInspector d = open()) {
            List<XmlObject> ps = d.paragraphs();
            List<String> captions = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                if (style(ps.get(i)).equals("Caption")) {
                    captions.add(text(ps.get(i)) + " | " + instructions(ps.get(i)));
                }
            }
            assertEquals(List.of(
                    "Figure 1.1: Workers deployed abroad under contract, 2015–2023 | [SEQ Figure \\r 1 \\* ARABIC]",
                    "Table 2.1: Workers deployed by destination, 2021–2023 | [SEQ Table \\r 1 \\* ARABIC]",
                    "Figure 2.2: Remittances received, 2015–2023 (USD billion) | [SEQ Figure \\r 2 \\* ARABIC]",
                    "Table 3.1: Workers deployed by province of origin and destination, 2023 | "
                            + "[SEQ Table \\r 1 \\* ARABIC]"), captions);
            XmlObject figure = ps.stream().filter(p -> style(p).equals("Caption")).findFirst().orElseThrow();
            XmlObject image = ps.get(ps.indexOf(figure) + 1);
            assertEquals("FigureImage", style(image));
            assertEquals(1, select(image, ".//w:drawing").size(), "the chart follows its caption");
            assertEquals("SourceNote", style(ps.get(ps.indexOf(figure) + 2)));
            assertEquals("Source: Department of Overseas Labour (DOLAB), annual reports",
                    text(ps.get(ps.indexOf(figure) + 2)));
        }
    }

    @Test
    void chartsArePngPicturesSixteenCentimetresWide() throws Exception {
        try (DocxInspector d = open()) {
            List<XWPFPictureData> pictures = d.docx.getAllPictures();
            assertEquals(2, pictures.size());
            for (XWPFPictureData pic : pictures) {
                byte[] png = pic.getData();
                assertTrue(Arrays.equals(Arrays.copyOf(png, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                        pic.getFileName() + " is a PNG");
                assertEquals("image/png", pic.getPackagePart().getContentType());
            }
            for (XmlObject extent : select(d.docx.getDocument().getBody(), ".//*[local-name()='extent']")) {
                long cx = Long.parseLong(extent.getDomNode().getAttributes().getNamedItem("cx").getNodeValue());
                long cy = Long.parseLong(extent.getDomNode().getAttributes().getNamedItem("cy").getNodeValue());
                assertEquals(5_760_000, cx, 20_000, "16 cm (the text width of A4 with 2.5 cm margins)");
                assertEquals(9.0 / 16, (double) cy / cx, 0.01, "aspect ratio of the PNG");
            }
        }
    }

    @Test
    void crossReferencesAreRefFieldsShowingTheLabel() throws Exception {
        try (DocxInspector d = open()) {
            XmlObject p = d.paragraphStarting("Người lao động");
            assertEquals(List.of("REF _Ref_fig_deployed \\h", "REF _Ref_tbl_dest \\h"), instructions(p));
            assertTrue(text(p).contains("See Figure 1.1 and Table 2.1;"), text(p));
            XmlObject later = d.paragraphStarting("As noted in");
            assertEquals(List.of("REF _Ref_sec_labour \\h", "REF _Ref_fig_remit \\h"), instructions(later));
            assertTrue(text(later).startsWith("As noted in section 1.1, Figure 2.2 shows"), text(later));
            Map<String, List<String>> marks = d.bookmarks();
            assertEquals(List.of("Figure 1.1"), marks.get("_Ref_fig_deployed"), "REF shows the label, not the caption");
            assertEquals(List.of("Table 2.1"), marks.get("_Ref_tbl_dest"));
            assertEquals(List.of("1.1"), marks.get("_Ref_sec_labour"));
        }
    }

    @Test
    void everyBlockHasExactlyOneBookmarkCoveringItsText() throws Exception {
        try (DocxInspector d = open()) {
            Map<String, List<String>> marks = d.bookmarks();
            assertEquals(doc.blocks().size(), result.bookmarkByBlockId().size());
            for (Block b : doc.blocks()) {
                String name = result.bookmarkByBlockId().get(b.id());
                assertTrue(name.matches("[A-Za-z][A-Za-z0-9_]{0,39}"), name);
                assertEquals(1, marks.getOrDefault(name, List.of()).size(), b.id() + " -> " + name);
                assertEquals(result.textByBlockId().get(b.id()), marks.get(name).get(0), b.id());
            }
            assertEquals("1\tIntroduction", result.textByBlockId().get("sec:intro"));
            assertTrue(result.textByBlockId().get("fig:deployed").startsWith("Figure 1.1: Workers"));
            assertTrue(result.textByBlockId().get("tbl:dest").contains("\nNghệ An\n1,097\n"));
            assertTrue(result.bookmarkByBlockId().get(SampleDocuments.LONG_ID).length() <= 40);
        }
    }

    @Test
    void tablesRepeatTheHeaderKeepRowsWholeAndRightAlignNumbers() throws Exception {
        try (DocxInspector d = open()) {
            List<XmlObject> tables = select(d.docx.getDocument().getBody(), "./w:tbl");
            assertEquals(3, tables.size(), "acronyms and two data tables");
            for (XmlObject t : tables.subList(1, 3)) {
                List<XmlObject> rows = select(t, "./w:tr");
                assertEquals(1, select(rows.get(0), "./w:trPr/w:tblHeader").size(), "header row repeats");
                for (XmlObject row : rows) {
                    assertEquals(1, select(row, "./w:trPr/w:cantSplit").size(), "row may not split");
                }
                List<XmlObject> cells = select(rows.get(1), "./w:tc/w:p");
                assertEquals("TableText", style(cells.get(0)));
                assertTrue(select(cells.get(0), "./w:pPr/w:jc").isEmpty(), "labels stay left");
                assertEquals("right", attr(select(cells.get(1), "./w:pPr/w:jc").get(0), "val"));
                assertEquals("TableHeading", style(select(rows.get(0), "./w:tc/w:p").get(0)));
                assertEquals("single", attr(select(t, "./w:tblPr/w:tblBorders/w:top").get(0), "val"));
                assertEquals("none", attr(select(t, "./w:tblPr/w:tblBorders/w:insideV").get(0), "val"));
                assertEquals("single", attr(select(rows.get(0), "./w:tc/w:tcPr/w:tcBorders/w:bottom").get(0), "val"));
            }
        }
    }

    @Test
    void wideTableGetsALandscapeSectionThatContinuesNumbering() throws Exception {
        try (DocxInspector d = open()) {
            List<XmlObject> sections = select(d.docx.getDocument().getBody(), ".//w:sectPr");
            assertEquals(5, sections.size(), "cover, front matter, body, landscape, body to the end");
            XmlObject landscape = sections.get(3);
            XmlObject size = select(landscape, "./w:pgSz").get(0);
            assertEquals("landscape", attr(size, "orient"));
            assertTrue(Long.parseLong(attr(size, "w")) > Long.parseLong(attr(size, "h")));
            assertEquals("", attr(select(landscape, "./w:pgNumType").get(0), "start"), "numbering continues");
            assertEquals(refs(sections.get(2)), refs(landscape), "same header and footer");
            assertEquals("", attr(select(sections.get(4), "./w:pgSz").get(0), "orient"), "portrait again");
            XmlObject source = d.paragraphStarting("Source: DOLAB administrative data\nNote: Provinces");
            assertEquals(1, select(source, "./w:pPr/w:sectPr").size(), "the wide table ends its section");
        }
    }

    private static List<String> refs(XmlObject sect) {
        List<String> out = new ArrayList<>();
        for (XmlObject r : select(sect, "./w:headerReference | ./w:footerReference")) {
            out.add(r.getDomNode().getLocalName() + "=" + r.getDomNode().getAttributes()
                    .getNamedItemNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")
                    .getNodeValue());
        }
        return out;
    }

    @Test
    void frontMatterIsNumberedRomanAndTheBodyRestartsAtOne() throws Exception {
        try (DocxInspector d = open()) {
            List<XmlObject> sections = select(d.docx.getDocument().getBody(), ".//w:sectPr");
            XmlObject front = select(sections.get(1), "./w:pgNumType").get(0);
            assertEquals("lowerRoman", attr(front, "fmt"));
            assertEquals("1", attr(front, "start"));
            XmlObject body = select(sections.get(2), "./w:pgNumType").get(0);
            assertEquals("decimal", attr(body, "fmt"));
            assertEquals("1", attr(body, "start"));
            assertTrue(text(d.paragraphs().stream().filter(p -> !select(p, "./w:pPr/w:sectPr").isEmpty())
                    .findFirst().orElseThrow()).contains("Draft for review, 12 March 2025"), "cover ends section 1");
        }
    }

    @Test
    void footersShowPageOfLastPageAndTheFrontMatterPageNumber() throws Exception {
        try (DocxInspector d = open()) {
            List<String> footers = new ArrayList<>();
            for (XWPFFooter f : d.docx.getFooterList()) {
                footers.add(instructions(f._getHdrFtr()).toString() + " " + f.getText().strip());
            }
            assertTrue(footers.contains("[PAGE] i"), footers.toString());
            assertTrue(footers.contains("[PAGE, PAGEREF _mpLastPage] Page 1 of 1"), footers.toString());
            assertEquals(1, d.bookmarks().get(HeaderFooterWriter.LAST_PAGE).size());
        }
    }

    @Test
    void everyHeaderCarriesTheDraftWatermark() throws Exception {
        try (DocxInspector d = open()) {
            List<XWPFHeader> headers = d.docx.getHeaderList();
            assertEquals(2, headers.size(), "cover header and page header");
            for (XWPFHeader h : headers) {
                List<XmlObject> paths = select(h._getHdrFtr(), ".//*[local-name()='textpath' and @string='DRAFT']");
                assertEquals(1, paths.size(), h.getPackagePart().getPartName().getName());
            }
            assertTrue(d.docx.getHeaderList().get(1).getText().contains("Viet Nam Migration Profile 2025"));
        }
    }

    @Test
    void exportIdAndTitleAreDocumentProperties() throws Exception {
        try (DocxInspector d = open()) {
            assertEquals("exp-2025-03-12-001", d.docx.getProperties().getCustomProperties()
                    .getProperty(DocxWriter.EXPORT_ID_PROPERTY).getLpwstr());
            assertEquals("Viet Nam Migration Profile 2025", d.docx.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void settingsAskWordToUpdateFieldsOnOpening() throws Exception {
        try (DocxInspector d = open()) {
            assertTrue(d.docx.isEnforcedUpdateFields());
        }
    }

    @Test
    void contentsIsATocFieldInAContentControlWithCachedLinkedEntries() throws Exception {
        try (DocxInspector d = open()) {
            List<XmlObject> sdts = select(d.docx.getDocument().getBody(), "./w:sdt");
            assertEquals(1, sdts.size());
            assertEquals("Table of Contents",
                    attr(select(sdts.get(0), "./w:sdtPr/w:docPartObj/w:docPartGallery").get(0), "val"));
            List<XmlObject> ps = select(sdts.get(0), "./w:sdtContent/w:p");
            assertEquals("Contents", text(ps.get(0)));
            assertEquals("TOC \\o \"1-3\" \\h \\z \\u", instructions(ps.get(1)).get(0));
            List<String> entries = new ArrayList<>();
            Map<String, List<String>> marks = d.bookmarks();
            for (XmlObject p : ps.subList(1, ps.size())) {
                entries.add(style(p) + " " + text(p));
                String anchor = attr(select(p, "./w:hyperlink").get(0), "anchor");
                assertTrue(marks.containsKey(anchor), "entry links to bookmark " + anchor);
                assertTrue(instructions(p).contains("PAGEREF " + anchor + " \\h"));
            }
            assertEquals(List.of("TOC1 1\tIntroduction", "TOC2 1.1\tLabour migration", "TOC1 2\tDestinations",
                    "TOC2 2.1\tAsia", "TOC1 3\tProvinces", "TOC2 3.1\tNorthern provinces", "TOC3 3.1.1\tRed River Delta",
                    "TOC1 Sources"), entries);
            List<XmlObject> ends = select(ps.get(ps.size() - 1), ".//w:fldChar[@w:fldCharType='end']");
            assertEquals(2, ends.size(), "the last entry's PAGEREF and the TOC field end in the last paragraph");
        }
    }

    @Test
    void listsOfFiguresAndTablesAreCaptionFieldsWithCachedEntries() throws Exception {
        try (DocxInspector d = open()) {
            XmlObject figures = d.paragraphStarting("Figure 1.1: Workers deployed abroad");
            assertEquals("TableofFigures", style(figures));
            assertEquals("TOC \\h \\z \\c \"Figure\"", instructions(figures).get(0));
            assertEquals("mp_fig_deployed", attr(select(figures, "./w:hyperlink").get(0), "anchor"));
            XmlObject tables = d.paragraphStarting("Table 2.1: Workers deployed by destination");
            assertEquals("TOC \\h \\z \\c \"Table\"", instructions(tables).get(0));
            List<String> front = d.paragraphs().stream().filter(p -> style(p).equals("TOCHeading"))
                    .map(DocxInspector::text).toList();
            assertEquals(List.of("Contents", "List of figures", "List of tables", "Acronyms and abbreviations"), front);
        }
    }

    @Test
    void unresolvedFiguresAreMarkedWithTheMissingFigureStyle() throws Exception {
        try (DocxInspector d = open()) {
            List<String> missing = new ArrayList<>();
            for (XmlObject r : select(d.docx.getDocument().getBody(), ".//w:r[w:rPr/w:rStyle/@w:val='MissingFigure']")) {
                missing.add(text(r));
            }
            assertEquals(List.of(SampleDocuments.MISSING), missing);
        }
    }

    @Test
    void listsUseWordNumberingNestedByDepthAndNumberedListsRestart() throws Exception {
        try (DocxInspector d = open()) {
            XmlObject nested = d.paragraphStarting("manufacturing");
            assertEquals("ListParagraph", style(nested));
            assertEquals("1", attr(select(nested, "./w:pPr/w:numPr/w:ilvl").get(0), "val"));
            XmlObject first = d.paragraphStarting("Register with");
            String numId = attr(select(first, "./w:pPr/w:numPr/w:numId").get(0), "val");
            XmlObject num = d.docx.getNumbering().getNum(new java.math.BigInteger(numId)).getCTNum();
            assertEquals("1", attr(select(num, "./w:lvlOverride[@w:ilvl='0']/w:startOverride").get(0), "val"));
            String bulletId = attr(select(d.paragraphStarting("Japan: technical"), "./w:pPr/w:numPr/w:numId").get(0),
                    "val");
            assertFalse(numId.equals(bulletId));
        }
    }

    @Test
    void textIsNfcAndLaoRunsUseTheComplexScriptSlot() throws Exception {
        try (DocxInspector d = open()) {
            String decomposed = text(d.paragraphStarting("Xu"));
            assertTrue(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC), decomposed);
            assertEquals("Xuất khẩu lao động và kiều hối đóng góp cho tăng trưởng.", decomposed);
            assertTrue(text(d.paragraphStarting("Người lao động")).startsWith(SampleDocuments.VIETNAMESE));
            XmlObject lao = d.paragraphStarting("ແຮງງານ");
            for (XmlObject r : select(lao, "./w:r")) {
                boolean hasLao = text(r).chars().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF);
                assertEquals(hasLao, !select(r, "./w:rPr/w:cs").isEmpty(), "w:cs on " + text(r));
                if (hasLao) {
                    assertEquals("lo-LA", attr(select(r, "./w:rPr/w:lang").get(0), "bidi"));
                }
            }
            XmlObject boldLao = select(lao, "./w:r[w:rPr/w:b]").get(0);
            assertEquals(1, select(boldLao, "./w:rPr/w:bCs").size(), "bold Lao also sets complex-script bold");
        }
    }

    @Test
    void runsCarryNoDirectFontsSoTheReferenceStylesDecide() throws Exception {
        try (DocxInspector d = open()) {
            assertEquals(0, select(d.docx.getDocument().getBody(), ".//w:rFonts | .//w:sz | .//w:color").size());
            assertEquals("en-GB", attr(select(d.paragraphStarting("Deployment grew"), "./w:r/w:rPr/w:lang").get(0),
                    "val"));
        }
    }

    @Test
    void sourcesFollowAsAnUnnumberedChapterWithLinks() throws Exception {
        try (DocxInspector d = open()) {
            XmlObject first = d.paragraphStarting("Department of Overseas Labour (2024)");
            assertEquals("Bibliography", style(first));
            assertTrue(text(first).endsWith("https://dolab.gov.vn"));
            String rel = select(first, "./w:hyperlink").get(0).getDomNode().getAttributes()
                    .getNamedItemNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")
                    .getNodeValue();
            assertEquals("https://dolab.gov.vn", d.docx.getPackagePart().getRelationship(rel).getTargetURI().toString());
            assertEquals("Hyperlink", attr(select(first, "./w:hyperlink/w:r/w:rPr/w:rStyle").get(0), "val"));
        }
    }

    @Test
    void coverShowsTitleCountryMinistryEditionAndDraftLine() throws Exception {
        try (DocxInspector d = open()) {
            List<String> cover = d.paragraphs().subList(0, 5).stream().map(p -> style(p) + " " + text(p)).toList();
            assertEquals(List.of("CoverTitle Viet Nam Migration Profile 2025", "CoverSubtitle Viet Nam",
                    "CoverText Ministry of Foreign Affairs", "CoverText 2025",
                    "CoverDraft Draft for review, 12 March 2025"), cover);
        }
    }

    @Test
    void writesNothingButTheDocxIntoTheFolder() throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sample.docx"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(new String(Files.readAllBytes(file), 0, 2, StandardCharsets.US_ASCII).equals("PK"));
    }
}
