package org.mpstudio.store;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Chapters, their texts per language, and revisions. Saving a chapter text always records a revision in the same
 * transaction, so the history is never behind the text.
 */
public final class ChapterRepository {

    /** A saved state of a chapter text. */
    public record Revision(long id, String chapterId, String lang, String title, String body, String author,
                           String createdAt, String note) {
    }

    private final ProfileStore store;

    public ChapterRepository(ProfileStore store) {
        this.store = store;
    }

    /** Saves a chapter's title and body in one language and records a revision; one transaction. */
    public void saveText(ChapterText text, String author, String note) throws StoreException {
        store.inTransaction(c -> {
            upsertText(c, text, author, note);
            return null;
        });
    }

    public List<Revision> revisions(String chapterId, String lang) throws StoreException {
        return store.read(c -> {
            List<Revision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, body, author, created_at, note "
                    + "FROM chapter_revision WHERE chapter_id = ? AND lang = ? ORDER BY id")) {
                ps.setString(1, chapterId);
                ps.setString(2, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Revision(rs.getLong(1), chapterId, lang, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    static void upsertText(Connection c, ChapterText text, String author, String note) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chapter_text(chapter_id, lang, title, body, "
                + "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(chapter_id, lang) DO UPDATE SET "
                + "title = excluded.title, body = excluded.body, updated_at = excluded.updated_at")) {
            ps.setString(1, text.chapterId());
            ps.setString(2, text.lang());
            ps.setString(3, text.title());
            ps.setString(4, text.body());
            ps.setString(5, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chapter_revision(chapter_id, lang, title, body, "
                + "author, created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, text.chapterId());
            ps.setString(2, text.lang());
            ps.setString(3, text.title());
            ps.setString(4, text.body());
            ps.setString(5, author);
            ps.setString(6, now);
            ps.setString(7, note);
            ps.executeUpdate();
        }
    }

    static void insertChapters(Connection c, List<Chapter> chapters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO chapter(id, position, parent, status, "
                + "lead_agency, assignee) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Chapter ch : chapters) {
                ps.setString(1, ch.id());
                ps.setInt(2, position++);
                ps.setString(3, ch.parent());
                ps.setString(4, ch.status().code());
                ps.setString(5, ch.leadAgency());
                ps.setString(6, ch.assignee());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<Chapter> loadChapters(Connection c) throws SQLException {
        List<Chapter> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent, status, lead_agency, assignee FROM chapter "
                + "ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Chapter(rs.getString(1), rs.getString(2),
                        ChapterStatus.fromCode(rs.getString(3)).orElse(ChapterStatus.DRAFT), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return out;
    }

    static List<ChapterText> loadTexts(Connection c) throws SQLException {
        List<ChapterText> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.chapter_id, t.lang, t.title, t.body FROM chapter_text t "
                + "JOIN chapter ch ON ch.id = t.chapter_id ORDER BY t.lang, ch.position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ChapterText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }
}
