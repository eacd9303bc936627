package org.mpstudio.ui.insert;

import org.junit.jupiter.api.Test;
import org.mpstudio.check.ProfileChecker;
import org.mpstudio.model.ChartSpec.ChartType;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.insert.FigureViewModel.Issue;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart dialog's choices give the exact chart block, a unique id, and say when they cannot be inserted. */
class InsertChartViewModelTest {

    private static final String WORKERS = "workers_deployed_contract";

    private static InsertChartViewModel model(List<String> existingIds) {
        InsertChartViewModel m = new InsertChartViewModel(InsertFixtures.small(), "en", existingIds);
        m.select(WORKERS);
        return m;
    }

    @Test
    void writesTheChartBlockOfTheDefaultsAndTheChosenTypeAndNote() {
        InsertChartViewModel m = model(List.of());
        m.typeProperty().set(ChartType.LINE);
        m.noteProperty().set("2021 provisional.");
        assertEquals("""
                ```chart
                id: workers-deployed-contract
                type: line
                indicator: workers_deployed_contract
                x: period
                periods: 2019-2023
                title: Workers deployed, 2019–2023
                note: 2021 provisional.
                ```""", m.fenceProperty().get());
        assertEquals(Issue.NONE, m.issueProperty().get());
        assertTrue(m.canInsert());
    }

    @Test
    void aDimensionAlongXStartsAtTheLatestPeriodAndLeavesTheOtherDimensionsAsFilters() {
        InsertChartViewModel m = model(List.of());
        m.typeProperty().set(ChartType.HBAR);
        m.xProperty().set("destination");
        assertEquals(List.of("sex"), m.filters().stream().map(DimensionChoice::name).toList());
        assertEquals(List.of("", "sex"), m.seriesOptions());
        assertEquals(List.of("2019", "2022", "2023"), m.periods());
        assertEquals("""
                ```chart
                id: workers-deployed-contract
                type: hbar
                indicator: workers_deployed_contract
                x: destination
                periods: 2023
                title: Workers deployed, 2023
                ```""", m.fenceProperty().get());
        Block.ChartBlock chart = (Block.ChartBlock) m.blockProperty().get().orElseThrow();
        assertEquals(List.of("Japan", "Republic of Korea"), chart.data().categories());
    }

    @Test
    void listsThePeriodsWithDataWhenYearsBetweenHaveNone() {
        InsertChartViewModel m = model(List.of());
        m.xProperty().set("destination");
        m.fromProperty().set("2019");
        assertTrue(m.fenceProperty().get().contains("\nperiods: 2019;2022;2023\n"), m.fenceProperty().get());
        assertTrue(m.fenceProperty().get().contains("\ntitle: Workers deployed, 2019–2023\n"));
        m.fromProperty().set("2023");
        m.toProperty().set("2022");
        assertTrue(m.fenceProperty().get().contains("\nperiods: 2022-2023\n"), "from and to in either order");
    }

    @Test
    void aFilterIsWrittenAndNarrowsThePeriods() {
        InsertChartViewModel m = model(List.of());
        m.filter("sex").set("F");
        assertEquals(List.of("2023"), m.periods());
        assertTrue(m.fenceProperty().get().contains("\nx: period\nfilters: sex=F\nperiods: 2023\n"),
                m.fenceProperty().get());
        assertEquals(Issue.NONE, m.issueProperty().get());
    }

    @Test
    void aChoiceWithoutFiguresCannotBeInserted() {
        InsertChartViewModel m = model(List.of());
        m.xProperty().set("destination");
        m.filter("sex").set("F");
        assertEquals(List.of(), m.periods());
        assertEquals(Issue.NO_DATA, m.issueProperty().get());
        assertFalse(m.canInsert());
        assertTrue(m.blockProperty().get().isEmpty(), "nothing to preview");
        m.filter("sex").set("");
        assertEquals(Issue.NONE, m.issueProperty().get());
    }

    @Test
    void theIdIsMadeUniqueAgainstTheProfilesFigureIds() {
        InsertChartViewModel m = model(List.of("fig:workers-deployed-contract", "fig:workers-deployed-contract-2",
                "tbl:workers-deployed-contract-3"));
        assertEquals("workers-deployed-contract-3", m.idProperty().get(), "tables have ids of their own");
        m.idProperty().set("workers-deployed-contract-2");
        assertEquals(Issue.TAKEN_ID, m.issueProperty().get());
    }

    @Test
    void insertNeedsAnIndicatorATitleAndAWellFormedId() {
        InsertChartViewModel m = new InsertChartViewModel(InsertFixtures.small(), "en", List.of());
        assertEquals(Issue.NO_INDICATOR, m.issueProperty().get());
        assertEquals("", m.fenceProperty().get());
        m.select(WORKERS);
        m.titleProperty().set("  ");
        assertEquals(Issue.NO_TITLE, m.issueProperty().get());
        m.titleProperty().set("Deployed");
        for (String bad : List.of("", "two words", "-dash", "dash-", "é")) {
            m.idProperty().set(bad);
            assertEquals(Issue.BAD_ID, m.issueProperty().get(), bad);
        }
        m.idProperty().set("deployed_2023");
        assertTrue(m.canInsert());
    }

    @Test
    void anEditedTitleStaysWhenThePeriodsChangeAndTheFilledInOneFollows() {
        InsertChartViewModel m = model(List.of());
        m.fromProperty().set("2022");
        assertEquals("Workers deployed, 2022–2023", m.titleProperty().get());
        m.titleProperty().set("Deployed since 2022");
        m.fromProperty().set("2019");
        assertEquals("Deployed since 2022", m.titleProperty().get());
        assertTrue(m.fenceProperty().get().contains("\ntitle: Deployed since 2022\n"));
    }

    @Test
    void theBlockGoesOnLinesOfItsOwnWithBlankLinesAround() {
        InsertChartViewModel m = model(List.of());
        String fence = m.fenceProperty().get();
        assertEquals(fence + "\n", m.insertion("", 0));
        assertEquals("\n\n" + fence + "\n", m.insertion("Text.", 5));
        assertEquals("\n" + fence + "\n\n", m.insertion("Text.\nMore.", 6), "at the start of a line");
        assertEquals(fence + "\n", m.insertion("Text.\n\n", 7));
        assertEquals("\n\n" + fence + "\n\n", m.insertion("Text. More.", 5), "splits a line");
        assertEquals("\n" + fence + "\n", m.insertion("One.\n\nTwo.", 5), "on the blank line between");
    }

    @Test
    void theInsertedBlockRoundTripsThroughTheDraftOnTheSampleWithNoNewProblem() throws Exception {
        ProfileContent sample = InsertFixtures.sample();
        InsertChartViewModel m = new InsertChartViewModel(sample, "en", List.of());
        m.select(WORKERS);
        m.typeProperty().set(ChartType.STACKED);
        m.seriesProperty().set("destination");
        assertEquals(Issue.NONE, m.issueProperty().get(), m.fenceProperty().get());
        ProfileContent edited = InsertFixtures.appended(sample, "introduction", m.fenceProperty().get());

        Block.ChartBlock chart = new DocumentBuilder().build(edited, "en", "2025-01-01").document().blocks().stream()
                .filter(b -> b.id().equals("fig:" + m.idProperty().get())).map(Block.ChartBlock.class::cast)
                .findFirst().orElseThrow();
        assertEquals("stacked", chart.data().kind());
        assertEquals(m.titleProperty().get(), chart.title());
        assertTrue(chart.data().series().stream().map(ChartData.Series::name).toList().contains("Japan"));
        assertTrue(chart.data().series().stream().flatMap(s -> s.values().stream()).anyMatch(Objects::nonNull));
        assertEquals(((Block.ChartBlock) m.blockProperty().get().orElseThrow()).data(), chart.data(),
                "the dialog previews what the draft gets");

        List<Problem> before = new ProfileChecker().check(sample, ProfileChecker.Options.defaults());
        List<Problem> after = new ProfileChecker().check(edited, ProfileChecker.Options.defaults());
        assertEquals(before, after);
    }
}
