package org.mpstudio.store;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the chapter structure the editor's binder makes: add, delete, rename, move and status. Each call is one
 * transaction; renaming records a revision like any text change. Deleting returns what was removed so the change
 * can be undone exactly.
 */
public final class ChapterStructureRepository {

    /** A deleted chapter with its place and its texts in every language. */
    public record Removed(Chapter chapter, int position, List<ChapterText> texts) {
        public Removed {
            texts = List.copyOf(texts);
        }
    }

    private final ProfileStore store;

    public ChapterStructureRepository(ProfileStore store) {
        this.store = store;
    }

    /** The chapters in document order. */
    public List<Chapter> chapters() throws StoreException {
        return store.read(ChapterRepository::loadChapters);
    }

    /** Every chapter text, in every language, in document order. */
    public List<ChapterText> texts() throws StoreException {
        return store.read(ChapterRepository::loadTexts);
    }

    /** Inserts a chapter at {@code position} (0-based, clamped) with its texts; later chapters move down. */
    public void insert(Chapter chapter, int position, List<ChapterText> texts, String author) throws StoreException {
        store.inTransaction(c -> {
            List<String> order = ids(c);
            int at = Math.max(0, Math.min(position, order.size()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO chapter(id, position, parent, status, "
                    + "lead_agency, assignee) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, chapter.id());
                ps.setInt(2, order.size());
                ps.setString(3, chapter.parent());
                ps.setString(4, chapter.status().code());
                ps.setString(5, chapter.leadAgency());
                ps.setString(6, chapter.assignee());
                ps.executeUpdate();
            }
            order.add(at, chapter.id());
            renumber(c, order);
            for (ChapterText t : texts) {
                ChapterRepository.upsertText(c, t, author, "added");
            }
            return null;
        });
    }

    /** Deletes a chapter and its texts (its revisions stay in the history). */
    public Removed delete(String chapterId) throws StoreException {
        return store.inTransaction(c -> {
            List<Chapter> all = ChapterRepository.loadChapters(c);
            int position = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(chapterId)) {
                    position = i;
                }
            }
            if (position < 0) {
                throw new SQLException("no chapter " + chapterId);
            }
            List<ChapterText> texts = new ArrayList<>();
            for (ChapterText t : ChapterRepository.loadTexts(c)) {
                if (t.chapterId().equals(chapterId)) {
                    texts.add(t);
                }
            }
            update(c, "DELETE FROM chapter WHERE id = ?", chapterId);
            List<String> order = ids(c);
            renumber(c, order);
            return new Removed(all.get(position), position, texts);
        });
    }

    /** Gives a chapter a new title in one language, recording a revision. */
    public void rename(String chapterId, String lang, String title, String author) throws StoreException {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM chapter_text WHERE chapter_id = ? "
                    + "AND lang = ?")) {
                ps.setString(1, chapterId);
                ps.setString(2, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no text of chapter " + chapterId + " in " + lang);
                    }
                    ChapterRepository.upsertText(c, new ChapterText(chapterId, lang, title, rs.getString(1)), author,
                            "renamed");
                }
            }
            return null;
        });
    }

    /** Moves a chapter to {@code position} (0-based in document order, clamped) under {@code parent}. */
    public void move(String chapterId, int position, String parent) throws StoreException {
        store.inTransaction(c -> {
            List<String> order = ids(c);
            if (!order.remove(chapterId)) {
                throw new SQLException("no chapter " + chapterId);
            }
            order.add(Math.max(0, Math.min(position, order.size())), chapterId);
            renumber(c, order);
            update(c, "UPDATE chapter SET parent = ? WHERE id = ?", parent == null ? "" : parent, chapterId);
            return null;
        });
    }

    public void setStatus(String chapterId, ChapterStatus status) throws StoreException {
        store.inTransaction(c -> {
            update(c, "UPDATE chapter SET status = ? WHERE id = ?", status.code(), chapterId);
            return null;
        });
    }

    private static List<String> ids(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        ChapterRepository.loadChapters(c).forEach(ch -> out.add(ch.id()));
        return out;
    }

    private static void renumber(Connection c, List<String> order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE chapter SET position = ? WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, order.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
