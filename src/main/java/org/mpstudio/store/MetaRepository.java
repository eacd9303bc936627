package org.mpstudio.store;

import org.mpstudio.model.ProfileMeta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Profile metadata: title, country, languages, edition, ministry, template, stale threshold. */
final class MetaRepository {

    private MetaRepository() {
    }

    static void save(Connection c, ProfileMeta meta) throws SQLException {
        Map<String, String> values = Map.of(
                "title", meta.title(),
                "country", meta.country(),
                "languages", String.join(",", meta.languages()),
                "edition", Integer.toString(meta.edition()),
                "ministry", meta.ministry(),
                "template", meta.template(),
                "stale_years", Integer.toString(meta.staleYears()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static ProfileMeta load(Connection c) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM meta"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        if (!m.containsKey("title")) {
            throw new SQLException("the profile has no metadata");
        }
        return new ProfileMeta(m.get("title"), m.getOrDefault("country", ""),
                List.of(m.getOrDefault("languages", "en").split(",")),
                Integer.parseInt(m.getOrDefault("edition", "0")), m.get("ministry"), m.get("template"),
                Integer.parseInt(m.getOrDefault("stale_years", "5")));
    }
}
