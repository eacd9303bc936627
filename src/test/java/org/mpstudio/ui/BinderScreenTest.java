package org.mpstudio.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.mpstudio.ui.binder.ChapterRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binder's tree follows the chapters: a rename changes the item in place, a move reorders the tree. */
class BinderScreenTest extends ScreenTestSupport {

    @SuppressWarnings("unchecked")
    private static List<TreeItem<ChapterRow>> items(FxRobot robot) {
        TreeView<ChapterRow> tree = robot.lookup("#binder").queryAs(TreeView.class);
        List<TreeItem<ChapterRow>> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<ChapterRow> at, List<TreeItem<ChapterRow>> out) {
        if (at.getValue() != null) {
            out.add(at);
        }
        at.getChildren().forEach(c -> collect(c, out));
    }

    private static TreeItem<ChapterRow> item(FxRobot robot, String id) {
        return items(robot).stream().filter(i -> i.getValue().id().equals(id)).findFirst().orElseThrow();
    }

    private static javafx.scene.control.skin.VirtualFlow<?> flow(FxRobot robot) {
        return (javafx.scene.control.skin.VirtualFlow<?>) robot.lookup("#binder").queryAs(TreeView.class)
                .lookup(".virtual-flow");
    }

    @Test
    void aChapterInSightStaysPutAndOneOutOfSightIsScrolledTo(FxRobot robot) throws Exception {
        opened();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items(robot).size() == 33);
        robot.interact(() -> workspace.selectedChapterProperty().set("foreword"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(() -> flow(robot).getFirstVisibleCell().getIndex()).get());
        // the seventh row is in sight: selecting it leaves the tree where it is
        String seventh = items(robot).get(6).getValue().id();
        robot.interact(() -> workspace.selectedChapterProperty().set(seventh));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(() -> flow(robot).getFirstVisibleCell().getIndex()).get());
        // the last chapter is out of sight: the tree scrolls to show it
        String last = items(robot).get(32).getValue().id();
        robot.interact(() -> workspace.selectedChapterProperty().set(last));
        WaitForAsyncUtils.waitForFxEvents();
        int lastRow = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#binder").queryAs(TreeView.class)
                .getRow(item(robot, last))).get();
        int firstShown = WaitForAsyncUtils.asyncFx(() -> flow(robot).getFirstVisibleCell().getIndex()).get();
        int lastShown = WaitForAsyncUtils.asyncFx(() -> flow(robot).getLastVisibleCell().getIndex()).get();
        assertTrue(firstShown > 0 && lastRow >= firstShown && lastRow <= lastShown,
                "row " + lastRow + " shows in " + firstShown + ".." + lastShown);
    }

    @Test
    void renameUpdatesTheItemAndMoveReordersTheTree(FxRobot robot) throws Exception {
        opened();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !item(robot, "introduction").getValue().number().isEmpty());
        assertEquals(33, items(robot).size());
        TreeItem<ChapterRow> intro = item(robot, "introduction");
        String number = intro.getValue().number();

        robot.interact(() -> window.binderModel().rename("introduction", "Introduction and methods"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> item(robot, "introduction").getValue().title().equals("Introduction and methods"));
        assertSame(intro, item(robot, "introduction"), "a rename keeps the tree's item");
        assertEquals(number, item(robot, "introduction").getValue().number());
        assertTrue(robot.lookup(".chapter-title").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.getText().endsWith("Introduction and methods")), "the cell shows the new title");

        List<String> before = items(robot).stream().map(i -> i.getValue().id()).toList();
        String first = before.get(0);
        robot.interact(() -> window.binderModel().moveBefore("introduction", first));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> items(robot).get(0).getValue().id().equals("introduction"));
        assertEquals(before.size(), items(robot).size());
        assertEquals(first, items(robot).get(1).getValue().id(), "the old first chapter comes next");
    }
}
