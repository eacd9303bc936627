package org.mpstudio.template;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.Period;
import org.mpstudio.model.doc.Block;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One fenced block resolved on its own gives the block the document gives for it. */
class BlockPreviewTest {

    private static final String CHART = """
            ```chart
            id: deployed
            type: bar
            indicator: workers_deployed_contract
            x: period
            periods: 2022-2023
            title: Deployed
            ```""";

    @Test
    void aChartResolvesToTheBlockTheDocumentHas() {
        BlockPreview.Result r = new BlockPreview(Fixtures.profile(), "en").resolve(CHART);
        Block.ChartBlock shown = (Block.ChartBlock) r.block().orElseThrow();
        Block.ChartBlock drafted = (Block.ChartBlock) new DocumentBuilder().build(Fixtures.profile(CHART), "en", "")
                .document().blocks().stream().filter(b -> b.id().equals("fig:deployed")).findFirst().orElseThrow();
        assertEquals(drafted.data(), shown.data());
        assertEquals("", shown.number());
        assertTrue(r.hasData());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aTableOfPeriodsWithoutFiguresHasNoData() {
        BlockPreview.Result r = new BlockPreview(Fixtures.profile(), "en").resolve("""
                ```table
                id: t
                indicator: workers_deployed_contract
                periods: 2020-2021
                title: None
                ```""");
        Block.TableBlock table = (Block.TableBlock) r.block().orElseThrow();
        assertEquals(List.of(List.of("2020", "–"), List.of("2021", "–")), table.rows());
        assertFalse(r.hasData());
    }

    @Test
    void aBlockThatDoesNotResolveHasItsProblems() {
        BlockPreview.Result r = new BlockPreview(Fixtures.profile(), "en").resolve(CHART.replace("type: bar",
                "type: donut"));
        assertTrue(r.block().isEmpty());
        assertFalse(r.hasData());
        assertEquals("block.badChartType", r.problems().get(0).code());
    }

    @Test
    void periodsWithDataFollowTheSelectionRule() {
        BlockPreview p = new BlockPreview(Fixtures.profile(), "en");
        assertEquals(List.of(Period.ofYear(2019), Period.ofYear(2022), Period.ofYear(2023)),
                p.periodsWithData("workers_deployed_contract", Map.of(), Set.of()));
        assertEquals(List.of(Period.ofYear(2022)), p.periodsWithData("workers_deployed_contract", Map.of(),
                Set.of("destination")));
        assertEquals(List.of(), p.periodsWithData("workers_deployed_contract", Map.of("sex", "F"), Set.of()));
    }
}
