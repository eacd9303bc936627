package org.mpstudio.ui.data;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Source;
import org.mpstudio.ui.UiFixtures;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * View > Data browser on the sample: find the contract workers, see their figures and chart, change the 2023 total
 * and its source through the form (a wrong value is refused with a message), see the table, the workspace and the
 * executive summary's preview follow, then undo.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class DataBrowserScreenTest {

    private static final String CONTRACT = "workers_deployed_contract";

    @TempDir
    static Path dir;
    private UiFixtures.OpenSample sample;
    private WorkspaceModel workspace;

    @Start
    void start(Stage stage) throws Exception {
        sample = UiFixtures.openSample(stage, dir);
        workspace = sample.workspace();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> sample.workspace().closeSession());
    }

    private double total2023() {
        return workspace.contentProperty().get().observations().stream()
                .filter(o -> o.indicatorId().equals(CONTRACT) && o.period().toString().equals("2023")
                        && o.dimensions().isTotal()).findFirst().orElseThrow().value();
    }

    /** True when the table shows a cell with exactly {@code words}; looked up on the JavaFX thread. */
    private static boolean tableShows(FxRobot robot, String words) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#data-table .table-cell").queryAllAs(TableCell.class)
                .stream().anyMatch(c -> words.equals(c.getText()))).get();
    }

    /** True when the preview shows {@code words}; looked up on the JavaFX thread, where the preview changes. */
    private static boolean previewShows(FxRobot robot, String words) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> UiFixtures.previewShows(robot, words)).get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editsAFigureWithItsSourceAndUndoes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.contentProperty().get() != null);
        robot.interact(() -> workspace.selectedChapterProperty().set("executive-summary"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewShows(robot,
                "159,986 workers were deployed abroad in 2023"));

        DataBrowserView[] browser = new DataBrowserView[1];
        robot.interact(() -> browser[0] = sample.window().showDataBrowser());
        DataBrowserViewModel model = browser[0].model();
        robot.clickOn("#data-search").write("contract");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<DataBrowserViewModel.IndicatorRow> list = robot.lookup("#data-indicators").queryListView();
        assertTrue(list.getItems().stream().allMatch(r -> new IndicatorSearch("contract").matches(r.indicator())));
        DataBrowserViewModel.IndicatorRow contract = list.getItems().stream()
                .filter(r -> r.indicator().id().equals(CONTRACT)).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(contract));

        TableView<Observation> table = robot.lookup("#data-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == contract.count());
        assertEquals("Workers deployed abroad under contract", robot.lookup("#data-indicator-name")
                .queryAs(Label.class).getText());
        assertTrue(tableShows(robot, "159,986"), "the 2023 total, formatted");
        assertTrue(tableShows(robot, "Japan (JPN)"), "codes with their labels");
        ImageView chart = robot.lookup("#data-chart").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.getImage() != null);
        assertTrue(chart.getImage().getWidth() > 300, "a chart image was drawn");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        assertEquals(159986, model.rowProperty().get().value());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField value = robot.lookup("#data-form-value").queryAs(TextField.class);
        assertEquals("159986", value.getText());
        robot.interact(() -> value.setText(""));
        robot.clickOn(value).write("abc");
        robot.clickOn("#data-form-save");
        Label error = robot.lookup("#data-form-value-error").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("\"abc\" is not a number"), error.getText());
        assertEquals(159986, total2023(), "nothing written");

        robot.interact(() -> value.setText(""));
        robot.clickOn(value).write("161000");
        ComboBox<Source> source = robot.lookup("#data-form-source").queryComboBox();
        assertEquals("nhandan-2024-workers", source.getValue().id());
        robot.interact(() -> source.setValue(source.getItems().stream()
                .filter(s -> s.id().equals("nhandan-2023-workers")).findFirst().orElseThrow()));
        robot.clickOn("#data-form-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> total2023() == 161000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#data-form").tryQuery().isEmpty(), "the form closed");
        assertEquals("nhandan-2023-workers", model.rowProperty().get().sourceId());
        assertTrue(tableShows(robot, "161,000"));
        assertFalse(tableShows(robot, "159,986"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.history().isEmpty());
        ListView<?> history = robot.lookup("#data-history").queryListView();
        assertEquals(1, history.getItems().size());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewShows(robot,
                "161,000 workers were deployed abroad in 2023"));

        robot.clickOn("#data-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> total2023() == 159986);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tableShows(robot, "159,986"));
        assertEquals("nhandan-2024-workers", model.rowProperty().get().sourceId());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewShows(robot,
                "159,986 workers were deployed abroad in 2023"));
        assertFalse(previewShows(robot, "161,000"));
        assertNotNull(robot.lookup("#data-redo").queryButton());
        assertFalse(robot.lookup("#data-redo").queryButton().isDisabled(), "and it can be redone");
        robot.interact(() -> browser[0].stage().close());
    }
}
