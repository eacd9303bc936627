package org.mpstudio.ui.insert;

import org.junit.jupiter.api.Test;
import org.mpstudio.check.ProfileChecker;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.insert.FigureViewModel.Issue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table dialog's choices give the exact table block, laid out as the draft will lay it out. */
class InsertTableViewModelTest {

    private static final String WORKERS = "workers_deployed_contract";

    private static InsertTableViewModel model(List<String> existingIds) {
        InsertTableViewModel m = new InsertTableViewModel(InsertFixtures.small(), "en", existingIds);
        m.select(WORKERS);
        return m;
    }

    @Test
    void startsWithThePeriodsDownTheRowsAndOneColumn() {
        InsertTableViewModel m = model(List.of());
        assertEquals("""
                ```table
                id: workers-deployed-contract
                indicator: workers_deployed_contract
                rows: period
                periods: 2019-2023
                title: Workers deployed, 2019–2023
                ```""", m.fenceProperty().get());
        Block.TableBlock table = (Block.TableBlock) m.blockProperty().get().orElseThrow();
        assertEquals(List.of("2019", "147,387"), table.rows().get(0));
        assertEquals(5, table.rows().size());
    }

    @Test
    void writesDestinationsDownTheRowsAndPeriodsAcross() {
        InsertTableViewModel m = model(List.of());
        m.rowsProperty().set("destination");
        assertEquals(List.of("", "period", "sex"), m.columnsOptions());
        m.columnsProperty().set("period");
        m.fromProperty().set("2022");
        assertEquals("""
                ```table
                id: workers-deployed-contract
                indicator: workers_deployed_contract
                rows: destination
                columns: period
                periods: 2022-2023
                title: Workers deployed, 2022–2023
                ```""", m.fenceProperty().get());
        Block.TableBlock table = (Block.TableBlock) m.blockProperty().get().orElseThrow();
        assertEquals(List.of("Destination", "2022", "2023"), table.header());
        assertEquals(List.of(List.of("Japan", "67,295", "80,000"), List.of("Republic of Korea", "–", "11,600")),
                table.rows());
    }

    @Test
    void theColumnsCannotRepeatTheRows() {
        InsertTableViewModel m = model(List.of());
        m.columnsProperty().set("destination");
        m.rowsProperty().set("destination");
        assertEquals("", m.columnsProperty().get());
        assertFalse(m.columnsOptions().contains("destination"));
    }

    @Test
    void aChoiceWithoutFiguresCannotBeInserted() {
        InsertTableViewModel m = model(List.of());
        m.rowsProperty().set("destination");
        m.filter("sex").set("F");
        assertEquals(Issue.NO_DATA, m.issueProperty().get());
        assertFalse(m.canInsert());
    }

    @Test
    void theIdIsUniqueAmongTablesOnly() {
        InsertTableViewModel m = model(List.of("tbl:workers-deployed-contract", "fig:workers-deployed-contract-2"));
        assertEquals("workers-deployed-contract-2", m.idProperty().get());
        assertTrue(m.canInsert());
    }

    @Test
    void theInsertedBlockRoundTripsThroughTheDraftOnTheSampleWithNoNewProblem() throws Exception {
        ProfileContent sample = InsertFixtures.sample();
        InsertTableViewModel m = new InsertTableViewModel(sample, "en", List.of());
        m.select("students_abroad_stock");
        m.rowsProperty().set("destination");
        m.columnsProperty().set("period");
        assertEquals(Issue.NONE, m.issueProperty().get(), m.fenceProperty().get());
        ProfileContent edited = InsertFixtures.appended(sample, "introduction", m.fenceProperty().get());

        Block.TableBlock table = new DocumentBuilder().build(edited, "en", "2025-01-01").document().blocks().stream()
                .filter(b -> b.id().equals("tbl:" + m.idProperty().get())).map(Block.TableBlock.class::cast)
                .findFirst().orElseThrow();
        assertEquals(m.titleProperty().get(), table.title());
        assertEquals("Destination", table.header().get(0));
        assertFalse(table.rows().isEmpty());
        Block.TableBlock shown = (Block.TableBlock) m.blockProperty().get().orElseThrow();
        assertEquals(shown.header(), table.header(), "the dialog previews what the draft gets");
        assertEquals(shown.rows(), table.rows());

        assertEquals(new ProfileChecker().check(sample, ProfileChecker.Options.defaults()),
                new ProfileChecker().check(edited, ProfileChecker.Options.defaults()));
    }
}
