package org.mpstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterText;
import org.mpstudio.store.ChapterRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.task.SameThreadTaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.editor.EditorViewModel;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosave writes the text without filling the history; revisions come at most every 5 minutes or on switch. */
class EditorViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceModel workspace;
    private EditorViewModel editor;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void open() throws Exception {
        file = UiFixtures.small(dir, "One.", "Two.");
        workspace = new WorkspaceModel(new SameThreadTaskRunner(), new UiText("en"));
        editor = new EditorViewModel(workspace, clock);
        workspace.show(ProfileSession.open(file));
    }

    @AfterEach
    void close() {
        workspace.closeSession();
    }

    private int revisions(String id) throws Exception {
        return workspace.sessionProperty().get().use(s -> new ChapterRepository(s).revisions(id, "en")).size();
    }

    @Test
    void loadsTheSelectedChapterAsTitleLineAndBody() {
        assertEquals(new ChapterText("ch1", "en", "Chapter 1", "One."), editor.loadedProperty().get());
        workspace.selectedChapterProperty().set("ch2");
        assertEquals("Two.", editor.loadedProperty().get().body());
    }

    @Test
    void autosaveWritesTextAndRevisionsAreCoalesced() throws Exception {
        editor.edited("# Chapter 1\n\nOne, edited.");
        assertEquals("One, edited.", workspace.contentProperty().get().text("ch1", "en").orElseThrow().body());
        editor.autosave();
        editor.edited("# Chapter 1 renamed\n\nOne, edited twice.");
        editor.autosave();
        assertEquals(1, revisions("ch1"), "autosave within 5 minutes records no revision");
        ChapterText stored = workspace.sessionProperty().get().use(s -> new ProfileRepository(s).load())
                .text("ch1", "en").orElseThrow();
        assertEquals(new ChapterText("ch1", "en", "Chapter 1 renamed", "One, edited twice."), stored);

        clock.advance(Duration.ofMinutes(6));
        editor.edited("# Chapter 1 renamed\n\nThird.");
        editor.autosave();
        assertEquals(2, revisions("ch1"), "an autosave 5 minutes after the last revision records one");

        editor.edited("# Chapter 1 renamed\n\nFourth.");
        editor.autosave();
        workspace.selectedChapterProperty().set("ch2");
        assertEquals(3, revisions("ch1"), "switching chapter records a revision of what was autosaved");
        assertTrue(workspace.statusProperty().get().startsWith("All changes saved"));
    }

    @Test
    void savedTextSurvivesAndTheFileStaysSoundWhileOpen() throws Exception {
        editor.edited("# Chapter 1\n\nSaved before a crash.");
        editor.autosave();
        // a second connection while the editor still holds the file: what a restart after kill -9 would see
        try (ProfileStore other = ProfileStore.open(file)) {
            assertEquals("ok", other.integrityCheck());
            assertEquals("Saved before a crash.", new ProfileRepository(other).load().text("ch1", "en").orElseThrow()
                    .body());
        }
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
