package org.mpstudio.store;

import org.mpstudio.model.ExportManifest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Export manifests: which revision of each chapter, and which text of each block, went into which file. */
public final class ExportManifestRepository {

    private final ProfileStore store;

    public ExportManifestRepository(ProfileStore store) {
        this.store = store;
    }

    /** The latest revision id of every chapter text in a language, for stamping a manifest. */
    public Map<String, Long> latestRevisions(String lang) throws StoreException {
        return store.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT chapter_id, max(id) FROM chapter_revision "
                    + "WHERE lang = ? GROUP BY chapter_id")) {
                ps.setString(1, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /** Records a manifest in one transaction. */
    public void record(ExportManifest m) throws StoreException {
        store.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_manifest(export_id, created_at, file, "
                    + "format, lang) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, m.exportId());
                ps.setString(2, m.createdAt());
                ps.setString(3, m.file());
                ps.setString(4, m.format());
                ps.setString(5, m.lang());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO export_block(manifest_id, block_id, bookmark, "
                    + "chapter_id, revision_id, text) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ExportManifest.Entry e : m.entries()) {
                    ps.setLong(1, id);
                    ps.setString(2, e.blockId());
                    ps.setString(3, e.bookmark());
                    ps.setString(4, e.chapterId());
                    ps.setLong(5, e.revisionId());
                    ps.setString(6, e.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public Optional<ExportManifest> find(String exportId) throws StoreException {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, file, format, lang FROM "
                    + "export_manifest WHERE export_id = ?")) {
                ps.setString(1, exportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ExportManifest(exportId, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), entries(c, rs.getLong(1))));
                }
            }
        });
    }

    private static List<ExportManifest.Entry> entries(Connection c, long manifestId) throws SQLException {
        List<ExportManifest.Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT block_id, bookmark, chapter_id, revision_id, text FROM "
                + "export_block WHERE manifest_id = ? ORDER BY rowid")) {
            ps.setLong(1, manifestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ExportManifest.Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4), rs.getString(5)));
                }
            }
        }
        return out;
    }
}
