package org.mpstudio.ui;

import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.mpstudio.template.FigureFormatter;
import org.mpstudio.ui.insert.InsertValueDialog;
import org.mpstudio.ui.insert.InsertValueViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Insert > Figure value: Japan 2023 of the contract workers shows its value and source, and inserts its placeholder. */
class InsertValueDialogTest extends ScreenTestSupport {

    private static final String PLACEHOLDER = "{{value workers_deployed_contract period=2023 destination=JPN}}";

    @Test
    void insertsTheValueOfJapanIn2023(FxRobot robot) throws Exception {
        CodeArea area = caretAtEnd(robot, "introduction", "Introduction");
        int caret = area.getCaretPosition();

        InsertValueDialog[] dialog = new InsertValueDialog[1];
        robot.interact(() -> dialog[0] = window.showInsertValue());
        InsertValueViewModel model = dialog[0].model();
        robot.interact(() -> {
            model.select("workers_deployed_contract");
            model.dimension("destination").set("JPN");
            model.periodProperty().set("2023");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String expected = new FigureFormatter("en").value(workspace.contentProperty().get()
                .indicator("workers_deployed_contract").orElseThrow(), 80000);
        assertEquals(expected, robot.lookup("#insert-value").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#insert-source").queryAs(Label.class).getText().contains("2024"),
                robot.lookup("#insert-source").queryAs(Label.class).getText());
        assertTrue(model.periods().contains("2023") && model.periods().get(0).equals("latest"));
        assertEquals(PLACEHOLDER, model.placeholderProperty().get());
        assertFalse(robot.lookup("#insert-ok").queryButton().isDisabled());

        robot.clickOn("#insert-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area.getText().contains(PLACEHOLDER));
        assertEquals(caret, area.getText().indexOf(PLACEHOLDER), "inserted at the caret");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiFixtures.previewShows(robot, expected));

        robot.interact(area::undo);
        assertFalse(area.getText().contains(PLACEHOLDER), "the insert is undoable");
    }
}
