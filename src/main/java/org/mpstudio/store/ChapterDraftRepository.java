package org.mpstudio.store;

import org.mpstudio.model.ChapterText;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * The editor's autosave: writes a chapter's current text without recording a revision, so typing does not fill
 * the history. The editor records a revision through {@link ChapterRepository#saveText} at most every few minutes,
 * on chapter switch and on an explicit save.
 */
public final class ChapterDraftRepository {

    private final ProfileStore store;

    public ChapterDraftRepository(ProfileStore store) {
        this.store = store;
    }

    /** Writes title and body in one transaction; the chapter text row must exist. */
    public void saveDraft(ChapterText text) throws StoreException {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE chapter_text SET title = ?, body = ?, "
                    + "updated_at = ? WHERE chapter_id = ? AND lang = ?")) {
                ps.setString(1, text.title());
                ps.setString(2, text.body());
                ps.setString(3, Instant.now().toString());
                ps.setString(4, text.chapterId());
                ps.setString(5, text.lang());
                if (ps.executeUpdate() != 1) {
                    throw new java.sql.SQLException("no text of chapter " + text.chapterId() + " in " + text.lang());
                }
            }
            return null;
        });
    }
}
