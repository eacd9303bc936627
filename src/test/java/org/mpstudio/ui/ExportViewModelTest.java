package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.export.ExportViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export dialog's progress lines are worded in the UI language, and follow it when it changes. */
class ExportViewModelTest {

    @TempDir
    Path dir;
    private WorkspaceModel workspace;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("mpstudio.home", dir.resolve("home").toString());
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("lo"));
        workspace.show(ProfileSession.open(UiFixtures.small(dir, "One.", "Two.")));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    private ExportViewModel exported() {
        ExportViewModel model = new ExportViewModel(workspace, Runnable::run);
        model.pdfProperty().set(false);
        model.outDirProperty().set(dir.resolve("drafts"));
        model.export();
        assertEquals(ExportViewModel.State.DONE, model.stateProperty().get(), model.errorProperty().get());
        return model;
    }

    @Test
    void showsProgressInLao() {
        ExportViewModel model = exported();
        assertEquals(List.of("ກຳລັງກະກຽມ 2 ບົດ", "ກຳລັງຂຽນ test-profile-en.docx (4 ບລັອກ, 0 ແຜນພູມ)", "1 Chapter 1",
                "2 Chapter 2", "ກຳລັງບັນທຶກ test-profile-en.docx"), model.progress());
    }

    @Test
    void rewordsTheProgressWhenTheLanguageChanges() {
        ExportViewModel model = exported();
        workspace.text().setLanguage("vi");
        assertEquals("đang xử lý 2 chương", model.progress().get(0));
        workspace.text().setLanguage("en");
        assertEquals("resolving 2 chapters", model.progress().get(0));
        assertEquals("saving test-profile-en.docx", model.progress().get(model.progress().size() - 1));
    }
}
