package org.mpstudio.store;

import org.mpstudio.model.Indicator;
import org.mpstudio.model.Source;
import org.mpstudio.model.Unit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Indicators (with their names per language) and sources, in the order they were added. */
final class CatalogueRepository {

    private CatalogueRepository() {
    }

    static void insertIndicators(Connection c, List<Indicator> indicators, String lang) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator(id, position, unit, decimals, dimensions, "
                + "gcm, sdg, source_agency) VALUES (?, (SELECT COUNT(*) FROM indicator), ?, ?, ?, ?, ?, ?)");
             PreparedStatement text = c.prepareStatement("INSERT INTO indicator_text(indicator_id, lang, name, "
                     + "definition) VALUES (?, ?, ?, ?)")) {
            for (Indicator i : indicators) {
                ps.setString(1, i.id());
                ps.setString(2, i.unit().code());
                ps.setInt(3, i.decimals());
                ps.setString(4, String.join(";", i.dimensions()));
                ps.setString(5, String.join(";", i.gcmObjectives()));
                ps.setString(6, String.join(";", i.sdgTargets()));
                ps.setString(7, i.sourceAgency());
                ps.executeUpdate();
                text.setString(1, i.id());
                text.setString(2, lang);
                text.setString(3, i.name());
                text.setString(4, i.definition());
                text.executeUpdate();
            }
        }
    }

    static List<Indicator> loadIndicators(Connection c, String lang) throws SQLException {
        List<Indicator> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, coalesce(t.name, ''), i.unit, i.decimals, "
                + "i.dimensions, i.gcm, i.sdg, i.source_agency, coalesce(t.definition, '') FROM indicator i "
                + "LEFT JOIN indicator_text t ON t.indicator_id = i.id AND t.lang = ? ORDER BY i.position")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Indicator(rs.getString(1), rs.getString(2),
                            Unit.fromCode(rs.getString(3)).orElseThrow(() -> new SQLException("unknown unit")),
                            rs.getInt(4), list(rs.getString(5)), list(rs.getString(6)), list(rs.getString(7)),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    static void insertSources(Connection c, List<Source> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source(id, position, agency, title, year, url, "
                + "release_date, note) VALUES (?, (SELECT COUNT(*) FROM source), ?, ?, ?, ?, ?, ?)")) {
            for (Source s : sources) {
                ps.setString(1, s.id());
                ps.setString(2, s.agency());
                ps.setString(3, s.title());
                ps.setString(4, s.year());
                ps.setString(5, s.url());
                ps.setString(6, s.releaseDate());
                ps.setString(7, s.note());
                ps.executeUpdate();
            }
        }
    }

    static List<Source> loadSources(Connection c) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, agency, title, year, url, release_date, note "
                + "FROM source ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
