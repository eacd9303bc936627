package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.problems.ProblemsViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The problems panel checks the whole profile when it opens and after saves, and jumps to a chapter's line. */
class ProblemsViewModelTest {

    @TempDir
    Path dir;
    private WorkspaceModel workspace;
    private ProblemsViewModel problems;
    private final List<String> jumps = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path file = UiFixtures.small(dir, "Fine.", "Line one.\n\nThe figure {{value no_such_indicator period=2020}}.");
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        problems = new ProblemsViewModel(workspace);
        problems.onGoToLine((chapter, line) -> jumps.add(chapter + ":" + line));
        workspace.show(ProfileSession.open(file));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    @Test
    void listsTheUnknownIndicatorAndJumpsToItsLine() {
        ProblemsViewModel.Row row = problems.rows().stream().filter(r -> r.chapterId().equals("ch2")).findFirst()
                .orElseThrow(() -> new AssertionError("rows: " + problems.rows()));
        assertTrue(row.problem().isError(), row.toString());
        assertEquals("Chapter 2", row.where(), "a chapter is named by its title");
        assertTrue(row.problem().line() > 0);
        assertEquals("ch1", workspace.selectedChapterProperty().get());

        problems.jump(row);
        assertEquals("ch2", workspace.selectedChapterProperty().get());
        assertEquals(List.of("ch2:" + row.problem().line()), jumps);
    }

    @Test
    void checksAgainAfterASave() {
        assertTrue(problems.rows().stream().anyMatch(r -> r.chapterId().equals("ch2") && r.problem().isError()));
        workspace.replaceText(new org.mpstudio.model.ChapterText("ch2", "en", "Chapter 2", "All fixed."));
        assertTrue(problems.rows().stream().anyMatch(r -> r.chapterId().equals("ch2")), "no check on every key");
        workspace.statusProperty().set("saved");
        assertTrue(problems.rows().stream().noneMatch(r -> r.chapterId().equals("ch2") && r.problem().isError()),
                "the fixed chapter has no error any more: " + problems.rows());
    }
}
