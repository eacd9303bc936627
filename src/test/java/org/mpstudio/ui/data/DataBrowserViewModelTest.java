package org.mpstudio.ui.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.Unit;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.UiFixtures;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data browser on the Viet Nam sample: search, the figures of an indicator, their words, the chart. */
class DataBrowserViewModelTest {

    private static final String CONTRACT = "workers_deployed_contract";

    @TempDir
    Path dir;
    private WorkspaceModel workspace;
    private DataBrowserViewModel model;

    @BeforeEach
    void open() throws Exception {
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        workspace.show(ProfileSession.open(UiFixtures.sample(dir)));
        model = new DataBrowserViewModel(workspace);
    }

    @AfterEach
    void close() {
        model.dispose();
        workspace.closeSession();
    }

    /** Rows of the sample's observations.csv for an indicator. */
    private long csvRows(String indicator) throws Exception {
        return Files.readAllLines(UiFixtures.projectRoot().resolve("sample-profiles/viet-nam/data/observations.csv"))
                .stream().filter(l -> l.startsWith(indicator + ",")).count();
    }

    private List<String> listed() {
        return model.indicators().stream().map(r -> r.indicator().id()).toList();
    }

    @Test
    void listsEveryIndicatorWithItsNumberOfFigures() throws Exception {
        assertEquals(workspace.contentProperty().get().indicators().size(), model.indicators().size());
        DataBrowserViewModel.IndicatorRow contract = model.indicators().stream()
                .filter(r -> r.indicator().id().equals(CONTRACT)).findFirst().orElseThrow();
        assertEquals(45, csvRows(CONTRACT), "the sample as this test knows it");
        assertEquals(csvRows(CONTRACT), contract.count());
    }

    @Test
    void searchMatchesIdNameAndAgency() {
        model.searchProperty().set("contract");
        assertTrue(listed().contains(CONTRACT));
        assertTrue(listed().contains("remittances_workers"), "its name says 'contract workers'");
        assertFalse(listed().contains("immigrant_stock"));

        model.searchProperty().set("deployed ABROAD");
        assertEquals(List.of(CONTRACT), listed(), "every word, any case, in the name");

        model.searchProperty().set("DOLAB");
        assertTrue(listed().containsAll(List.of(CONTRACT, "workers_abroad_stock", "recruitment_enterprises_licensed")),
                "the agency");
        assertTrue(model.indicators().stream().allMatch(r -> r.indicator().sourceAgency().contains("DOLAB")));

        model.searchProperty().set("no such thing");
        assertEquals(List.of(), listed());
        model.searchProperty().set("");
        assertEquals(workspace.contentProperty().get().indicators().size(), model.indicators().size());
    }

    @Test
    void searchIgnoresVietnameseAccents() {
        Indicator vi = new Indicator("lao_dong", "Người lao động đi làm việc ở nước ngoài", Unit.PERSONS, 0,
                List.of(), List.of(), List.of(), "Cục Quản lý lao động ngoài nước", "");
        assertTrue(new IndicatorSearch("nguoi lao dong").matches(vi));
        assertTrue(new IndicatorSearch("Cuc quan ly").matches(vi));
        assertTrue(new IndicatorSearch("người").matches(vi));
        assertFalse(new IndicatorSearch("nguoi di hoc").matches(vi));
    }

    @Test
    void showsTheFiguresOfTheSelectedIndicatorNewestFirst() throws Exception {
        model.select(CONTRACT);
        assertEquals(csvRows(CONTRACT), model.rows().size());
        assertTrue(model.rows().stream().allMatch(o -> o.indicatorId().equals(CONTRACT)));
        Observation first = model.rows().get(0);
        assertEquals(Period.ofYear(2023), first.period());
        assertTrue(first.dimensions().isTotal(), "the total before its breakdown");
        assertEquals(159986, first.value());
        assertEquals("nhandan-2024-workers", first.sourceId());
        for (int i = 1; i < model.rows().size(); i++) {
            assertTrue(model.rows().get(i - 1).period().compareTo(model.rows().get(i).period()) >= 0);
        }
    }

    @Test
    void wordsFiguresInTheUiLanguage() {
        model.select(CONTRACT);
        Indicator contract = model.indicatorProperty().get();
        Observation total2023 = model.rows().get(0);
        Observation japan = model.rows().stream().filter(o -> o.dimensions().get("destination").equals("JPN"))
                .findFirst().orElseThrow();
        ObservationTexts en = model.texts();
        assertEquals("159,986", en.value(contract, total2023.value()));
        assertEquals("MOLISA – Department of Overseas Labour (DOLAB) (2024)", en.source(total2023.sourceId()));
        assertEquals("Japan (JPN)", en.code("destination", "JPN"));
        assertEquals("total", en.code("destination", ""));
        assertEquals("reported", en.status("reported"));
        assertTrue(en.identity(japan).endsWith(" · Japan (JPN)"), en.identity(japan));

        workspace.text().setLanguage("vi");
        ObservationTexts vi = model.texts();
        assertEquals("159.986", vi.value(contract, total2023.value()));
        assertEquals("Nhật Bản (JPN)", vi.code("destination", "JPN"));
        assertEquals("đã công bố", vi.status("reported"));
    }

    @Test
    void chartsTheTotalsByPeriod() {
        model.select(CONTRACT);
        ChartData chart = model.chartProperty().get().orElseThrow();
        assertEquals("bar", chart.kind());
        assertEquals("2013", chart.categories().get(0));
        assertEquals("2023", chart.categories().get(chart.categories().size() - 1));
        assertEquals(1, chart.series().size(), "totals only, no breakdown");
        List<Double> values = chart.series().get(0).values();
        assertEquals(159986.0, values.get(values.size() - 1));
        assertEquals(89000.0, values.get(0));
    }

    @Test
    void nothingToChartWithoutTotals() {
        Indicator broken = workspace.contentProperty().get().indicators().stream()
                .filter(i -> workspace.contentProperty().get().observations().stream()
                        .filter(o -> o.indicatorId().equals(i.id())).allMatch(o -> !o.dimensions().isTotal()))
                .findFirst().orElseThrow();
        model.select(broken.id());
        assertTrue(model.chartProperty().get().isEmpty(), broken.id());
    }

    @Test
    void readOnlyProfileCannotBeEdited() throws Exception {
        WorkspaceModel second = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        second.show(ProfileSession.open(workspace.sessionProperty().get().file()));
        DataBrowserViewModel readOnly = new DataBrowserViewModel(second);
        try {
            assertTrue(model.editableProperty().get());
            assertFalse(readOnly.editableProperty().get());
            readOnly.select(CONTRACT);
            readOnly.rowProperty().set(readOnly.rows().get(0));
            ObservationForm form = readOnly.editForm().orElseThrow();
            form.valueProperty().set("1");
            assertFalse(readOnly.save(form), "nothing is written from a read-only window");
            assertEquals(159986, second.contentProperty().get().observations().stream()
                    .filter(o -> o.key().equals(readOnly.rows().get(0).key())).findFirst().orElseThrow().value());
        } finally {
            readOnly.dispose();
            second.closeSession();
        }
    }
}
