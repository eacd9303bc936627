package org.mpstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.template.Fixtures;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChapterStructureRepositoryTest {

    @TempDir
    Path dir;

    private ProfileStore store() throws StoreException {
        ProfileStore store = ProfileStore.create(dir.resolve("p.mprofile"));
        new ProfileRepository(store).insertAll(Fixtures.profile("One.", "Two.", "Three."), "test");
        return store;
    }

    private static List<String> ids(ChapterStructureRepository repo) throws StoreException {
        return repo.chapters().stream().map(Chapter::id).toList();
    }

    @Test
    void insertsDeletesAndPutsBackAChapterWithItsText() throws Exception {
        try (ProfileStore store = store()) {
            ChapterStructureRepository repo = new ChapterStructureRepository(store);
            repo.insert(new Chapter("new", "", ChapterStatus.DRAFT, "GSO", ""), 1,
                    List.of(new ChapterText("new", "en", "New chapter", "Body.")), "me");
            assertEquals(List.of("ch1", "new", "ch2", "ch3"), ids(repo));
            assertEquals(1, new ChapterRepository(store).revisions("new", "en").size());

            ChapterStructureRepository.Removed removed = repo.delete("new");
            assertEquals(1, removed.position());
            assertEquals("Body.", removed.texts().get(0).body());
            assertEquals(List.of("ch1", "ch2", "ch3"), ids(repo));
            assertEquals(3, new ProfileRepository(store).load().texts().size());

            repo.insert(removed.chapter(), removed.position(), removed.texts(), "me");
            assertEquals(List.of("ch1", "new", "ch2", "ch3"), ids(repo));
            assertEquals("GSO", repo.chapters().get(1).leadAgency());
        }
    }

    @Test
    void renamesMovesAndChangesStatus() throws Exception {
        try (ProfileStore store = store()) {
            ChapterStructureRepository repo = new ChapterStructureRepository(store);
            repo.rename("ch2", "en", "Labour migration", "me");
            assertEquals("Labour migration", new ProfileRepository(store).load().text("ch2", "en").orElseThrow().title());
            assertEquals("Two.", new ProfileRepository(store).load().text("ch2", "en").orElseThrow().body());
            assertEquals("renamed", new ChapterRepository(store).revisions("ch2", "en").get(1).note());

            repo.move("ch3", 0, "");
            assertEquals(List.of("ch3", "ch1", "ch2"), ids(repo));
            repo.move("ch2", 1, "ch3");
            assertEquals(List.of("ch3", "ch2", "ch1"), ids(repo));
            assertEquals("ch3", repo.chapters().get(1).parent());

            repo.setStatus("ch1", ChapterStatus.APPROVED);
            assertEquals(ChapterStatus.APPROVED, repo.chapters().get(2).status());
            assertThrows(StoreException.class, () -> repo.move("nope", 0, ""));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void draftSaveWritesTheTextWithoutARevision() throws Exception {
        try (ProfileStore store = store()) {
            new ChapterDraftRepository(store).saveDraft(new ChapterText("ch1", "en", "Chapter 1", "Typed."));
            assertEquals("Typed.", new ProfileRepository(store).load().text("ch1", "en").orElseThrow().body());
            assertEquals(1, new ChapterRepository(store).revisions("ch1", "en").size());
            assertThrows(StoreException.class, () -> new ChapterDraftRepository(store)
                    .saveDraft(new ChapterText("ch1", "lo", "x", "y")));
        }
    }
}
