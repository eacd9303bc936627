package org.mpstudio.export.docx;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.model.doc.SourceSpan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolved documents built in code for the DOCX tests: three chapters with numbered headings down to level 4,
 * Vietnamese (one paragraph deliberately decomposed, NFD) and Lao text, two charts, two tables (one wide, ten
 * columns), cross-references to each, citations, a missing-figure marker, nested lists, a quote, links, sources
 * and acronyms.
 */
final class SampleDocuments {

    static final String VIETNAMESE = "Người lao động Việt Nam làm việc ở Nhật Bản";
    static final String LAO = "ແຮງງານລາວ ເຮັດວຽກຢູ່ປະເທດໄທ ໃນປີ 2023";
    static final String LONG_ID = "chapter-with-a-rather-long-identifier-for-testing.p1";
    static final String MISSING = "[missing figure: workers_deployed period=2031]";

    private SampleDocuments() {
    }

    /** The sample in English, with generated words from the {@code words} bundle. */
    static Document sample() {
        return sample("en", "Viet Nam Migration Profile 2025");
    }

    static Document sample(String lang, String title) {
        SourceSpan span = SourceSpan.NONE;
        List<Block> b = new ArrayList<>();
        b.add(heading("sec:intro", 1, "1", "Introduction"));
        b.add(new Block.Paragraph("intro.p1", List.of(text(VIETNAMESE + " "), bold("chiếm phần lớn"),
                text(": "), new Inline.Figure("142,800", "workers_deployed", Set.of()),
                text(" workers in 2023 "), new Inline.Citation("(DOLAB, 2024)", List.of("dolab")),
                text(". See "), new Inline.CrossRef("Figure 1.1", "fig:deployed"), text(" and "),
                new Inline.CrossRef("Table 2.1", "tbl:dest"), text("; the 2031 value is "),
                new Inline.Missing(MISSING), text(".")), span));
        b.add(heading("sec:labour", 2, "1.1", "Labour migration"));
        b.add(new Block.Paragraph("intro.p2", List.of(text("Deployment grew steadily until 2019, fell during the "
                + "pandemic and has since recovered. The Department of Overseas Labour "),
                new Inline.Citation("(DOLAB, 2024)", List.of("dolab")), text(" reports by destination and sex; "),
                italic("provisional"), text(" figures are marked.")), span));
        b.add(new Block.ChartBlock("fig:deployed", "1.1", "Workers deployed abroad under contract, 2015–2023",
                chart("bar", "Department of Overseas Labour (DOLAB), annual reports", ""), span));
        b.add(new Block.ListBlock("intro.l1", List.of(
                new Block.ListItem(List.of(text("Japan: technical intern training")), 0, false),
                new Block.ListItem(List.of(text("Taiwan Province of China")), 0, false),
                new Block.ListItem(List.of(text("manufacturing")), 1, false),
                new Block.ListItem(List.of(text("Republic of Korea")), 0, false)), span));
        b.add(new Block.ListBlock("intro.l2", List.of(
                new Block.ListItem(List.of(text("Register with the provincial labour office.")), 0, true),
                new Block.ListItem(List.of(text("Sign the contract.")), 0, true),
                new Block.ListItem(List.of(text("Attend pre-departure orientation.")), 0, true)), span));
        b.add(new Block.Quote("intro.q1", List.of(text("Labour migration is a key channel of international "
                + "integration.")), span));
        b.add(heading("sec:dest", 1, "2", "Destinations"));
        b.add(heading("sec:asia", 2, "2.1", "Asia"));
        b.add(table("tbl:dest", "2.1", "Workers deployed by destination, 2021–2023", 4, 5));
        b.add(new Block.ChartBlock("fig:remit", "2.2", "Remittances received, 2015–2023 (USD billion)",
                chart("line", "State Bank of Viet Nam", "2023 provisional."), span));
        b.add(new Block.Paragraph("dest.p1", List.of(text("As noted in "),
                new Inline.CrossRef("section 1.1", "sec:labour"), text(", "),
                new Inline.CrossRef("Figure 2.2", "fig:remit"), text(" shows remittances. Data: "),
                new Inline.Link("World Bank remittance data", "https://www.worldbank.org/en/topic/migration"),
                new Inline.LineBreak(), text("(second line after a break)")), span));
        b.add(new Block.Paragraph("dest.p2", List.of(text(Normalizer.normalize("Xuất khẩu lao động và "
                + "kiều hối đóng góp cho tăng trưởng.", Normalizer.Form.NFD))), span));
        b.add(heading("sec:prov", 1, "3", "Provinces"));
        b.add(new Block.Paragraph("prov.p1", List.of(text(LAO + " "), bold("ແຮງງານ"), text(" (Lao).")), span));
        b.add(table("tbl:prov", "3.1", "Workers deployed by province of origin and destination, 2023", 10, 6));
        b.add(new Block.Paragraph("prov.p2", List.of(text("The wide "), new Inline.CrossRef("Table 3.1",
                "tbl:prov"), text(" is set on a landscape page.")), span));
        b.add(heading("sec:north", 2, "3.1", "Northern provinces"));
        b.add(heading("sec:delta", 3, "3.1.1", "Red River Delta"));
        b.add(heading("sec:hanoi", 4, "3.1.1.1", "Ha Noi"));
        b.add(new Block.Paragraph(LONG_ID, List.of(text("A block with a long id, so its bookmark name is "
                + "shortened with a hash.")), span));
        List<Document.SourceEntry> sources = List.of(
                new Document.SourceEntry("dolab", "Department of Overseas Labour (2024). Annual report on "
                        + "Vietnamese workers abroad. Ha Noi.", "https://dolab.gov.vn"),
                new Document.SourceEntry("sbv", "State Bank of Viet Nam (2024). Remittance statistics.", ""));
        List<Document.Acronym> acronyms = List.of(new Document.Acronym("DOLAB", "Department of Overseas Labour"),
                new Document.Acronym("IOM", "International Organization for Migration"),
                new Document.Acronym("MOLISA", "Ministry of Labour, Invalids and Social Affairs"));
        Document.Meta meta = new Document.Meta(title, "Viet Nam", "Ministry of Foreign Affairs", 2025, lang,
                "12 March 2025");
        return new Document(meta, b, sources, acronyms, Messages.forLanguage(lang).words("word."));
    }

    static Block.Heading heading(String id, int level, String number, String title) {
        return new Block.Heading(id, level, number, List.of(text(title)), SourceSpan.NONE);
    }

    static Inline.Text text(String s) {
        return Inline.Text.plain(s);
    }

    static Inline.Text bold(String s) {
        return new Inline.Text(s, Set.of(Inline.Style.BOLD));
    }

    static Inline.Text italic(String s) {
        return new Inline.Text(s, Set.of(Inline.Style.ITALIC));
    }

    static ChartData chart(String kind, String source, String note) {
        List<String> years = List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023");
        return new ChartData(kind, years, List.of(new ChartData.Series("", Arrays.asList(115.9, 126.3, 134.8,
                142.9, 152.5, 78.6, 45.1, 142.8, 159.7))), "thousand workers", source, note, 1, "en");
    }

    /** A table with a label column and {@code cols - 1} numeric columns. */
    static Block.TableBlock table(String id, String number, String title, int cols, int rows) {
        List<String> header = new ArrayList<>();
        header.add(cols > 7 ? "Province" : "Destination");
        String[] dest = {"Japan", "Taiwan Province of China", "Republic of Korea", "Saudi Arabia", "Singapore",
            "Malaysia", "Romania", "Hungary", "Germany"};
        for (int c = 1; c < cols; c++) {
            header.add(cols > 7 ? dest[c - 1] : Integer.toString(2020 + c));
        }
        String[] labels = {"Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Bắc Giang", "Hải Dương", "Total"};
        List<List<String>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            row.add(labels[r % labels.length]);
            for (int c = 1; c < cols; c++) {
                row.add(String.format("%,d", 1000 + r * 731 + c * 97));
            }
            body.add(row);
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            numeric.add(c > 0);
        }
        return new Block.TableBlock(id, number, title, header, body, numeric, "DOLAB administrative data",
                cols > 7 ? "Provinces with fewer than 1,000 workers are not shown." : "", SourceSpan.NONE);
    }
}
