package org.mpstudio.template;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentBuilderTest {

    private static final String CHART = """
            ```chart
            id: deployed
            type: bar
            indicator: workers_deployed_contract
            periods: 2019;2022;2023
            title: Workers deployed
            ```
            """;
    private static final String TABLE = """
            ```table
            id: deployed-table
            indicator: workers_deployed_contract
            columns: period
            periods: 2019;2020;2023
            title: Workers deployed by year
            ```
            """;

    /** foreword (unnumbered), intro (1), part-a (Part A) with a1 (2), annex-x (Annex 1). */
    private static Document build(String foreword, String intro, String a1, String annex) {
        ProfileContent base = Fixtures.profile("x");
        List<Chapter> chapters = List.of(
                new Chapter("foreword", "", ChapterStatus.DRAFT, "", ""),
                new Chapter("intro", "", ChapterStatus.DRAFT, "", ""),
                new Chapter("part-a", "", ChapterStatus.DRAFT, "", ""),
                new Chapter("a1", "part-a", ChapterStatus.DRAFT, "", ""),
                new Chapter("annex-x", "", ChapterStatus.DRAFT, "", ""));
        List<ChapterText> texts = new ArrayList<>();
        texts.add(new ChapterText("foreword", "en", "Foreword", foreword));
        texts.add(new ChapterText("intro", "en", "Introduction", intro));
        texts.add(new ChapterText("part-a", "en", "Trends", "Intro to the part."));
        texts.add(new ChapterText("a1", "en", "Emigration", a1));
        texts.add(new ChapterText("annex-x", "en", "Statistical annex", annex));
        ProfileContent p = new ProfileContent(base.meta(), chapters, texts, base.indicators(), base.sources(),
                base.observations());
        return new DocumentBuilder().build(p, "en", "23 November 2026").document();
    }

    private static <T extends Block> List<T> blocks(Document d, Class<T> type) {
        return d.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void numbersChaptersPartsSectionsAndAnnexes() {
        Document d = build("Text.", "## Purpose\n\nText.\n\n### Detail\n\nMore.\n\n## Scope\n\nText.",
                "## Labour {#labour}\n\nText.", "Tables.");
        List<String> headings = blocks(d, Block.Heading.class).stream()
                .map(h -> h.level() + " " + h.number() + " " + Inline.plain(h.text())).toList();
        assertEquals(List.of("1  Foreword", "1 1 Introduction", "2 1.1 Purpose", "3 1.1.1 Detail", "2 1.2 Scope",
                "1 Part A Trends", "2 2 Emigration", "3 2.1 Labour", "1 Annex 1 Statistical annex"), headings);
        assertEquals("sec:labour", blocks(d, Block.Heading.class).get(7).id());
    }

    @Test
    void numbersFiguresAndTablesPerChapterAndResolvesReferencesForward() {
        Document d = build("See @fig:deployed and @tbl:deployed-table and @sec:labour.", "Intro.",
                "## Labour {#labour}\n\n" + CHART + "\n" + TABLE, "Annex.");
        Block.ChartBlock chart = blocks(d, Block.ChartBlock.class).get(0);
        Block.TableBlock table = blocks(d, Block.TableBlock.class).get(0);
        assertEquals("2.1", chart.number());
        assertEquals("fig:deployed", chart.id());
        assertEquals("2.1", table.number());
        Block.Paragraph p = blocks(d, Block.Paragraph.class).get(0);
        List<Inline> refs = p.runs().stream().filter(r -> r instanceof Inline.CrossRef).toList();
        assertEquals(List.of("Figure 2.1", "Table 2.1", "section 2.1"), refs.stream().map(Inline::text).toList());
        assertEquals("tbl:deployed-table", ((Inline.CrossRef) refs.get(1)).targetId());
    }

    @Test
    void laysOutChartSeriesAndTableCells() {
        Document d = build("x", CHART + "\n" + TABLE, "y", "z");
        Block.ChartBlock chart = blocks(d, Block.ChartBlock.class).get(0);
        assertEquals(List.of("2019", "2022", "2023"), chart.data().categories());
        assertEquals(List.of(147387.0, 142779.0, 159986.0), chart.data().series().get(0).values());
        assertEquals("Persons", chart.data().valueLabel());
        assertEquals("DOLAB (2024)", chart.data().source());
        Block.TableBlock table = blocks(d, Block.TableBlock.class).get(0);
        assertEquals(List.of("", "2019", "2020", "2023"), table.header());
        assertEquals(List.of(List.of("Workers deployed", "147,387", "\u2013", "159,986")), table.rows());
        assertEquals(List.of(false, true, true, true), table.numeric());
        assertEquals("DOLAB (2024). Unit: Persons", table.source());
        assertEquals("", table.note());
    }

    @Test
    void leavesGuidanceOutAndMarksWhatCannotBeResolved() {
        Document d = build("```guidance\nWrite the foreword.\n```\n\nIn 2020, {{value workers_deployed_contract "
                + "period=2020}} left. See @fig:nothing.", "x", "y", "z");
        List<Inline> runs = blocks(d, Block.Paragraph.class).get(0).runs();
        assertEquals(2, runs.stream().filter(r -> r instanceof Inline.Missing).count());
        assertFalse(d.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && Inline.plain(p.runs()).contains("Write the foreword")));
    }

    @Test
    void gathersCitedSourcesAndAcronyms() {
        Document d = build("The Department of Overseas Labour (DOLAB) reports [@dolab].", "x", "y", "z");
        assertEquals(List.of("dolab"), d.sources().stream().map(Document.SourceEntry::id).toList());
        assertEquals("DOLAB (2024). Annual report.", d.sources().get(0).text());
        assertEquals(List.of(new Document.Acronym("DOLAB", "Department of Overseas Labour")), d.acronyms());
        Inline citation = blocks(d, Block.Paragraph.class).get(0).runs().stream()
                .filter(r -> r instanceof Inline.Citation).findFirst().orElseThrow();
        assertEquals("(DOLAB, 2024)", citation.text());
    }

    @Test
    void givesEveryBlockAUniqueId() {
        Document d = build("A.\n\nB.\n\n- one\n- two", "## S\n\nC.\n\n> quoted", CHART, TABLE);
        List<String> ids = d.blocks().stream().map(Block::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.contains("foreword.p1") && ids.contains("foreword.l1") && ids.contains("intro.q1"), ids.toString());
    }

    @Test
    void writesGeneratedWordsInTheDocumentLanguage() {
        ProfileContent p = Fixtures.profile("{{value workers_deployed_contract period=2023}}");
        Document vi = new DocumentBuilder().build(p, "en", "x").document();
        assertEquals("Figure", vi.word("word.figure"));
        ProfileContent viProfile = new ProfileContent(p.meta(), p.chapters(), List.of(new ChapterText("ch1", "vi",
                "Chương 1", "{{value workers_deployed_contract period=2023}}")), p.indicators(), p.sources(),
                p.observations());
        Document d = new DocumentBuilder().build(viProfile, "vi", "x").document();
        assertEquals("Hình", d.word("word.figure"));
        assertEquals("159.986", Inline.plain(blocks(d, Block.Paragraph.class).get(0).runs()));
    }
}
