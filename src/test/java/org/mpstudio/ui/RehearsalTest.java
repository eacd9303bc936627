package org.mpstudio.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.ui.binder.BinderView;
import org.mpstudio.ui.binder.BinderViewModel;
import org.mpstudio.ui.binder.ChapterRow;
import org.mpstudio.ui.common.FxTaskRunner;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.editor.EditorView;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.preview.PreviewView;
import org.mpstudio.ui.preview.PreviewViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up rehearsal (binder, editor and preview laid out with made-up content while the first profile is read,
 * {@link MainWindow#rehearse}): the made-up rows, lines and blocks are really laid out, and nothing of them is left
 * afterwards, in the panels, the selection, the undo history or the profile.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RehearsalTest {

    @TempDir
    Path dir;
    private final List<WorkspaceModel> workspaces = new ArrayList<>();

    private WorkspaceModel workspace() {
        LaoText.loadFonts();
        WorkspaceModel w = new WorkspaceModel(new FxTaskRunner(), new UiText("en"));
        workspaces.add(w);
        return w;
    }

    /** {@code w} with a small profile open and no chapter selected, as when a profile has just come in. */
    private WorkspaceModel withProfile(WorkspaceModel w) {
        try {
            Path file = UiFixtures.small(dir, "# One\n\nFirst chapter.\n", "# Two\n\nSecond chapter.\n");
            w.show(WorkspaceModel.load(ProfileSession.open(file)), false);
            return w;
        } catch (Exception e) {
            throw new AssertionError("the small profile could not be opened", e);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> workspaces.forEach(WorkspaceModel::closeSession));
    }

    /** Lays {@code root} out in a scene of its own, as the window's drawing out of sight does. */
    private static void layOut(Parent root) {
        if (root.getScene() == null) {
            new Scene(root, 420, 700);
        }
        root.applyCss();
        root.layout();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(t.getText()).append(' ');
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static List<TreeCell<?>> filledCells(Node tree) {
        List<TreeCell<?>> out = new ArrayList<>();
        for (Node n : tree.lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> c && c.getItem() != null && c.isVisible()) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void theBinderLaysOutMadeUpRowsThenIsEmptyAgain(FxRobot robot) throws Exception {
        List<String> during = new ArrayList<>();
        boolean[] laoRow = new boolean[1];
        WorkspaceModel[] w = new WorkspaceModel[1];
        TreeView<?>[] tree = new TreeView<?>[1];
        robot.interact(() -> {
            w[0] = workspace();
            BinderView binder = new BinderView(w[0], new BinderViewModel(w[0]));
            tree[0] = (TreeView<?>) binder.node();
            binder.rehearse(() -> {
                layOut(tree[0]);
                for (TreeCell<?> c : filledCells(tree[0])) {
                    during.add(((ChapterRow) c.getItem()).label());
                    laoRow[0] |= c.lookupAll("." + LaoText.STYLE_CLASS).stream().findAny().isPresent();
                }
            });
        });
        assertTrue(during.size() >= 10, "rows were laid out in the binder's height: " + during);
        assertTrue(during.contains("1.1  Section 1.1"), "sections under their chapters: " + during);
        assertTrue(laoRow[0], "a Lao title had the Lao font class, so its styling was rehearsed too");
        robot.interact(() -> layOut(tree[0]));
        assertEquals(0, fx(() -> tree[0].getExpandedItemCount()), "no made-up row is left");
        assertTrue(fx(() -> filledCells(tree[0]).isEmpty()), "no cell shows one");
        assertNull(fx(() -> tree[0].getSelectionModel().getSelectedItem()), "nothing stays selected");
        assertNull(fx(() -> w[0].selectedChapterProperty().get()), "the workspace never saw a made-up chapter");
    }

    @Test
    void aBinderShowingAProfileIsLeftAsItIs(FxRobot robot) throws Exception {
        List<Integer> during = new ArrayList<>();
        robot.interact(() -> {
            WorkspaceModel w = withProfile(workspace());
            BinderView binder = new BinderView(w, new BinderViewModel(w));
            binder.rehearse(() -> during.add(((TreeView<?>) binder.node()).getExpandedItemCount()));
            during.add(((TreeView<?>) binder.node()).getExpandedItemCount());
        });
        assertEquals(List.of(2, 2), during, "the profile's two chapters, during the drawing and after");
    }

    @Test
    void theEditorLaysOutAMadeUpChapterThenIsEmptyWithNothingToUndo(FxRobot robot) throws Exception {
        List<String> during = new ArrayList<>();
        WorkspaceModel[] w = new WorkspaceModel[1];
        CodeArea[] area = new CodeArea[1];
        ProfileContent[] before = new ProfileContent[1];
        robot.interact(() -> {
            w[0] = withProfile(workspace());
            before[0] = w[0].contentProperty().get();
            EditorView editor = new EditorView(w[0], new EditorViewModel(w[0], Clock.systemUTC()), line -> {
            });
            area[0] = editor.area();
            editor.rehearse(() -> {
                layOut(new VBox(editor.node()));
                during.add(area[0].getText());
                // lines laid out on screen, each a text flow of styled runs
                during.add(String.valueOf(area[0].lookupAll(".text").stream()
                        .filter(n -> n instanceof Text t && !t.getText().isBlank()).count()));
            });
        });
        assertTrue(during.get(0).startsWith("# Rehearsal\n"), during.get(0));
        assertTrue(Integer.parseInt(during.get(1)) >= 10, "the made-up lines were laid out: " + during.get(1));
        assertEquals("", fx(() -> area[0].getText()), "the area is empty again");
        assertFalse(fx(() -> area[0].isUndoAvailable()), "undo cannot bring the made-up chapter back");
        assertSame(before[0], fx(() -> w[0].contentProperty().get()), "no chapter text of the profile was touched");
        assertNull(fx(() -> w[0].selectedChapterProperty().get()));
    }

    @Test
    void anEditorHoldingAChapterIsLeftAsItIs(FxRobot robot) throws Exception {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            WorkspaceModel w = withProfile(workspace());
            EditorView editor = new EditorView(w, new EditorViewModel(w, Clock.systemUTC()), line -> {
            });
            w.selectFirstChapter();
            editor.rehearse(() -> texts.add(editor.area().getText()));
            texts.add(editor.area().getText());
        });
        assertEquals(2, texts.size());
        assertTrue(texts.get(0).startsWith("# ") && texts.get(0).contains("First chapter."), texts.get(0));
        assertEquals(texts.get(0), texts.get(1));
    }

    @Test
    void thePreviewLaysOutMadeUpBlocksThenIsEmpty(FxRobot robot) throws Exception {
        List<Integer> during = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Region[] page = new Region[1];
        robot.interact(() -> {
            WorkspaceModel w = workspace();
            PreviewView preview = new PreviewView(new PreviewViewModel(w));
            Parent root = new VBox(preview.node());
            preview.rehearse(() -> {
                layOut(root);
                page[0] = (Region) root.lookup("#preview-page");
                during.add(((Parent) page[0]).getChildrenUnmodifiable().size());
                during.add((int) page[0].getHeight());
                collect(page[0], text);
            });
        });
        assertTrue(during.get(0) > 10, "blocks on the page: " + during.get(0));
        assertTrue(during.get(1) > 300, "laid out, the page is tall: " + during.get(1));
        assertTrue(text.toString().contains("Section 1") && text.toString().contains("ການເຄື່ອນຍ້າຍ"), text.toString());
        assertEquals(0, fx(() -> ((Parent) page[0]).getChildrenUnmodifiable().size()), "no made-up block is left");
    }
}
