package org.mpstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ExportManifest;
import org.mpstudio.template.Fixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportManifestRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void recordsWhichRevisionAndTextOfEachBlockWentOut() throws Exception {
        try (ProfileStore store = ProfileStore.create(dir.resolve("p.mprofile"))) {
            new ProfileRepository(store).insertAll(Fixtures.profile("First.", "Second."), "test");
            new ChapterRepository(store).saveText(new ChapterText("ch2", "en", "Chapter 2", "Second, edited."), "d", "");
            ExportManifestRepository repo = new ExportManifestRepository(store);
            Map<String, Long> revisions = repo.latestRevisions("en");
            assertEquals(2, revisions.size());
            assertTrue(revisions.get("ch2") > revisions.get("ch1"), "the edit made a newer revision");
            ExportManifest m = new ExportManifest("mp-1", "2026-11-23T10:00:00Z", "vn-en.docx", "docx,pdf", "en",
                    List.of(new ExportManifest.Entry("ch2.p1", "mp_ch2_p1", "ch2", revisions.get("ch2"),
                            "Second, edited.")));
            repo.record(m);
            assertEquals(Optional.of(m), repo.find("mp-1"));
            assertEquals(Optional.empty(), repo.find("mp-2"));
        }
    }
}
