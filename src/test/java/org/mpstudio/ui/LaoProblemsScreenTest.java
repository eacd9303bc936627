package org.mpstudio.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpstudio.model.Problem;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.data.ImportDialog;
import org.mpstudio.ui.data.ImportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the UI in Lao, problems speak Lao: the problems panel, the editor's hover text and the import dialog. */
@Tag("gui")
class LaoProblemsScreenTest extends ScreenTestSupport {

    private static final String BAD = "{{value no_such_indicator period=2020}}";
    private static final String LAO_UNKNOWN =
            "ບໍ່ຮູ້ຈັກຕົວຊີ້ວັດ \"no_such_indicator\": ໃຫ້ເພີ່ມມັນເຂົ້າໃນລາຍການຕົວຊີ້ວັດ ຫຼື ແກ້ໄຂລະຫັດ.";

    @Override
    protected Path profile(Path folder) throws Exception {
        return UiFixtures.small(folder, "Fine.", "Line one.\n\nThe figure " + BAD + ".");
    }

    /** The table cell showing {@code text}, if one does. */
    private static Optional<TableCell<?, ?>> cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).findFirst();
    }

    private static boolean cellShows(FxRobot robot, String text) {
        return cell(robot, text).isPresent();
    }

    @Test
    void problemsPanelSwitchesToLao(FxRobot robot) throws Exception {
        opened();
        robot.interact(window::toggleProblems);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cellShows(robot,
                "Unknown indicator \"no_such_indicator\": add it to the indicators or correct the id."));

        robot.interact(() -> window.setLanguage("lo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cellShows(robot, LAO_UNKNOWN), "the message column is worded again in Lao");
        assertEquals(LaoText.FAMILY, cell(robot, LAO_UNKNOWN).orElseThrow().getFont().getFamily(),
                "drawn in the Lao font");
    }

    @Test
    void hoveringAProblemShowsItInLao(FxRobot robot) throws Exception {
        opened();
        robot.interact(() -> {
            window.setLanguage("lo");
            workspace.selectedChapterProperty().set("ch2");
        });
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.getText().contains(BAD)
                && !workspace.chapterProblemsProperty().get().isEmpty());
        int at = area.getText().indexOf(BAD) + 3;
        var editor = window.editorView();
        String[] message = new String[1];
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> {
            message[0] = editor.problemsAt(at);
            bounds[0] = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
        });
        assertEquals(LAO_UNKNOWN, message[0]);

        robot.moveTo(new Point2D(bounds[0].getCenterX(), bounds[0].getCenterY()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.problemTip().isShowing());
        assertEquals(LAO_UNKNOWN, editor.problemTip().getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LaoText.FAMILY, editor.problemTip().getFont().getFamily(), "the tooltip uses the Lao font");

        // moving away hides it, and resting over text without a problem shows nothing
        robot.moveTo(new Point2D(bounds[0].getMinX() - 40, bounds[0].getCenterY() + 120));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !editor.problemTip().isShowing());
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.problemTip().isShowing(), "no problem there, no tooltip");
    }

    @Test
    @SuppressWarnings("unchecked")
    void importProblemsAreListedInLao(FxRobot robot) throws Exception {
        opened();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                indicator,period,value,source
                workers_deployed_contract,2021,abc,dolab
                """);
        robot.interact(() -> window.setLanguage("lo"));
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = window.showImport());
        ImportViewModel model = dialog[0].model();
        robot.interact(() -> model.fileProperty().set(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.stateProperty().get() == ImportViewModel.State.READ);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Problem> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        Problem p = problems.getItems().stream().filter(x -> x.code().equals("import.value.notNumber")).findFirst()
                .orElseThrow();
        String lao = "ຄ່າ \"abc\" ບໍ່ແມ່ນຕົວເລກ; ໃຫ້ຂຽນຕົວເລກເຊັ່ນ 12345, 1,234.5 ຫຼື 1.234,5.";
        assertEquals(lao, problems.getColumns().get(3).getCellData(p));
        assertTrue(cellShows(robot, lao), "the cell shows it");
        robot.interact(() -> dialog[0].stage().close());
    }
}
