package org.mpstudio.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A drafter's day on the sample profile, headless: pick a chapter, type, see the preview, undo, Lao, autosave. */
class EditorScreenTest extends ScreenTestSupport {

    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("waited 20 s in the editor; content loaded=" + (workspace.contentProperty().get() != null) + " status="
                    + workspace.statusProperty().get() + " pages=" + new FxRobot().lookup("#preview-page").queryAll());
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label binderLabel(FxRobot robot, String title) {
        return robot.lookup(".chapter-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().endsWith(title)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void selectInBinder(FxRobot robot, String chapterId) throws Exception {
        javafx.scene.control.TreeView<org.mpstudio.ui.binder.ChapterRow> tree =
                robot.lookup("#binder").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue().id().equals(chapterId)) {
                    tree.getSelectionModel().select(i);
                }
            }
        });
        waitFor(() -> chapterId.equals(workspace.selectedChapterProperty().get()));
    }

    private String storedBody(String chapterId) throws Exception {
        try (ProfileStore other = ProfileStore.open(file)) {
            return new ProfileRepository(other).load().text(chapterId, "en").orElseThrow().body();
        }
    }

    @Test
    void aDraftersSession(FxRobot robot) throws Exception {
        waitFor(() -> workspace.contentProperty().get() != null && UiFixtures.previewShows(robot, "Foreword"));
        selectInBinder(robot, "introduction");
        waitFor(() -> "introduction".equals(workspace.selectedChapterProperty().get())
                && UiFixtures.previewShows(robot, "Introduction and methodology"));
        CodeArea area = robot.lookup("#markdown-editor").queryAs(CodeArea.class);
        assertTrue(area.getText().startsWith("# Introduction and methodology\n\n"));

        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("\n\nZebra crossings are safe.\n");
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> UiFixtures.previewShows(robot, "Zebra crossings are safe."));
        waitFor(() -> storedBody("introduction").contains("Zebra crossings are safe."));

        renameInTheBinderAndUndoIt(robot);
        switchTheInterfaceToLao(robot);
    }

    private void renameInTheBinderAndUndoIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.binderModel().rename("development-context", "Country context"));
        waitFor(() -> robot.lookup(".chapter-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("Country context")));
        assertEquals("Country context",
                workspace.contentProperty().get().text("development-context", "en").orElseThrow().title());

        robot.clickOn(binderLabel(robot, "Country context"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> workspace.contentProperty().get().text("development-context", "en").orElseThrow().title()
                .equals("Development context"));
        assertTrue(binderLabel(robot, "Development context").getText().endsWith("Development context"));
    }

    private void switchTheInterfaceToLao(FxRobot robot) throws Exception {
        robot.clickOn("Language");
        robot.clickOn("ລາວ");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        waitFor(() -> bar.getMenus().get(0).getText().equals("ແຟ້ມ"));
        assertEquals("ແກ້ໄຂ", bar.getMenus().get(1).getText());
        WaitForAsyncUtils.waitForFxEvents();
        Label file = bar.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && "ແຟ້ມ".equals(l.getText()))
                .map(n -> (Label) n).findFirst().orElseThrow();
        assertEquals(org.mpstudio.ui.common.LaoText.FAMILY, file.getFont().getFamily(), "menus in the Lao font");
        robot.interact(() -> window.setLanguage("en"));
        assertEquals("File", bar.getMenus().get(0).getText());
    }
}
