package org.mpstudio.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.mpstudio.ui.insert.InsertTableDialog;
import org.mpstudio.ui.insert.InsertTableViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Insert > Table on the sample: contract workers by destination and year, previewed as a grid of the sample's
 * figures, inserted with Enter at the caret; the chapter preview gains the table and undo takes it out.
 */
class InsertTableDialogTest extends ScreenTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void insertsATableOfDestinationsByYearWithEnter(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        String before = area.getText();
        int caret = area.getCaretPosition();

        InsertTableDialog[] dialog = new InsertTableDialog[1];
        robot.interact(() -> dialog[0] = window.showInsertTable());
        InsertTableViewModel model = dialog[0].model();
        robot.interact(() -> model.select("workers_deployed_contract"));
        ComboBox<String> rows = robot.lookup("#insert-rows").queryAs(ComboBox.class);
        ComboBox<String> columns = robot.lookup("#insert-columns").queryAs(ComboBox.class);
        ComboBox<String> from = robot.lookup("#insert-from").queryAs(ComboBox.class);
        robot.interact(() -> {
            rows.setValue("destination");
            columns.setValue("period");
            from.setValue("2022");
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cells = labels(robot.lookup("#insert-table-preview").queryAs(Parent.class));
        assertEquals(List.of("Destination", "2022", "2023"), cells.subList(0, 3), cells.toString());
        int japan = cells.indexOf("Japan");
        assertEquals(List.of("Japan", "67,295", "80,000"), cells.subList(japan, japan + 3), cells.toString());
        assertTrue(cells.contains("Taiwan (China)"), cells.toString());

        String fence = model.fenceProperty().get();
        assertTrue(fence.contains("\nrows: destination\ncolumns: period\nperiods: 2022-2023\n"), fence);
        String title = model.titleProperty().get();
        assertEquals("Workers deployed abroad under contract, 2022–2023", title);
        String inserted = model.insertion(before, caret);
        robot.clickOn("#insert-title").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog[0].stage().isShowing());
        assertEquals(before.substring(0, caret) + inserted + before.substring(caret), area.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, ": " + title));

        robot.interact(area::undo);
        assertEquals(before, area.getText(), "the insert is undoable");
    }

    /** The texts of the labels under {@code root}, in layout order. */
    private static List<String> labels(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l) {
            out.add(l.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
