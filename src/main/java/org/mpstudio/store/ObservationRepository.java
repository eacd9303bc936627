package org.mpstudio.store;

import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Observations and their history. Applying a batch is idempotent: an identical row changes nothing; a row whose
 * value, status, source or note differs replaces the stored one and moves the old one into history.
 */
public final class ObservationRepository {

    /** What applying a batch did. */
    public record ApplySummary(int inserted, int updated, int unchanged) {
    }

    /** A replaced value, kept with the source it had. */
    public record HistoryEntry(Observation previous, String replacedAt, String replacedBy) {
    }

    private static final int ROWS_PER_INSERT = 100;
    private static final String KEEP = "INSERT INTO observation_history(indicator_id, period, dims, value, status, "
            + "source_id, note, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ProfileStore store;

    public ObservationRepository(ProfileStore store) {
        this.store = store;
    }

    /** Applies all observations in one transaction; {@code origin} names the file they came from. */
    public ApplySummary apply(List<Observation> observations, String origin) throws StoreException {
        return store.inTransaction(c -> apply(c, observations, origin));
    }

    /**
     * Removes the stored observation with the key of each of {@code observations} in one transaction, keeping what
     * was stored in history as replaced by {@code origin}; a key that is not stored changes nothing.
     *
     * @return how many observations were removed
     */
    public int remove(List<Observation> observations, String origin) throws StoreException {
        return store.inTransaction(c -> {
            Map<String, Observation> stored = new HashMap<>();
            for (String id : observations.stream().map(Observation::indicatorId).distinct().toList()) {
                load(c, id).forEach(o -> stored.put(o.key(), o));
            }
            int removed = 0;
            String now = Instant.now().toString();
            try (PreparedStatement keep = c.prepareStatement(KEEP);
                 PreparedStatement delete = c.prepareStatement("DELETE FROM observation WHERE indicator_id = ? "
                         + "AND period = ? AND dims = ?")) {
                for (Observation o : observations) {
                    Observation old = stored.remove(o.key());
                    if (old != null) {
                        keep(keep, old, now, origin);
                        delete.setString(1, old.indicatorId());
                        delete.setString(2, old.period().toString());
                        delete.setString(3, old.dimensions().key());
                        removed += delete.executeUpdate();
                    }
                }
            }
            return removed;
        });
    }

    /** The stored observations of an indicator, in the order they were stored. */
    public List<Observation> observations(String indicatorId) throws StoreException {
        return store.read(c -> load(c, indicatorId));
    }

    /** The replaced values of an indicator, oldest first. */
    public List<HistoryEntry> history(String indicatorId) throws StoreException {
        return store.read(c -> {
            List<HistoryEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT period, dims, value, status, source_id, note, "
                    + "replaced_at, replaced_by FROM observation_history WHERE indicator_id = ? ORDER BY id")) {
                ps.setString(1, indicatorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryEntry(new Observation(indicatorId, Period.parse(rs.getString(1)).orElseThrow(),
                                Dimensions.parseKey(rs.getString(2)), rs.getDouble(3), rs.getString(5),
                                rs.getString(4), rs.getString(6)), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    static ApplySummary apply(Connection c, List<Observation> observations, String origin) throws SQLException {
        Set<String> indicators = new HashSet<>();
        observations.forEach(o -> indicators.add(o.indicatorId()));
        Map<String, Observation> existing = new HashMap<>();
        for (String id : indicators) {
            for (Observation o : load(c, id)) {
                existing.put(o.key(), o);
            }
        }
        List<Observation> fresh = new ArrayList<>();
        int updated = 0;
        String now = Instant.now().toString();
        try (PreparedStatement update = c.prepareStatement("UPDATE observation SET value = ?, status = ?, "
                + "source_id = ?, note = ? WHERE indicator_id = ? AND period = ? AND dims = ?");
             PreparedStatement keep = c.prepareStatement(KEEP)) {
            for (Observation o : observations) {
                Observation old = existing.isEmpty() ? null : existing.get(o.key());
                if (old == null) {
                    fresh.add(o);
                } else if (!sameContent(old, o)) {
                    keep(keep, old, now, origin);
                    update.setDouble(1, o.value());
                    update.setString(2, o.status());
                    update.setString(3, o.sourceId());
                    update.setString(4, o.note());
                    update.setString(5, o.indicatorId());
                    update.setString(6, o.period().toString());
                    update.setString(7, o.dimensions().key());
                    update.executeUpdate();
                    updated++;
                }
            }
        }
        insert(c, fresh);
        return new ApplySummary(fresh.size(), updated, observations.size() - fresh.size() - updated);
    }

    /** Inserts new observations, {@value #ROWS_PER_INSERT} rows per statement: far fewer round trips into SQLite. */
    private static void insert(Connection c, List<Observation> fresh) throws SQLException {
        String one = "(?, ?, ?, ?, ?, ?, ?)";
        String sql = "INSERT INTO observation(indicator_id, period, dims, value, status, source_id, note) VALUES ";
        int full = fresh.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement many = c.prepareStatement(sql + String.join(", ",
                    java.util.Collections.nCopies(ROWS_PER_INSERT, one)))) {
                for (int start = 0; start < full; start += ROWS_PER_INSERT) {
                    for (int i = 0; i < ROWS_PER_INSERT; i++) {
                        Observation o = fresh.get(start + i);
                        bind(many, i * 7 + 1, o, o.dimensions().key());
                    }
                    many.executeUpdate();
                }
            }
        }
        try (PreparedStatement single = c.prepareStatement(sql + one)) {
            for (int i = full; i < fresh.size(); i++) {
                Observation o = fresh.get(i);
                bind(single, 1, o, o.dimensions().key());
                single.executeUpdate();
            }
        }
    }

    /** Puts a stored observation that is about to be replaced or removed into history. */
    private static void keep(PreparedStatement keep, Observation old, String now, String origin) throws SQLException {
        bind(keep, 1, old, old.dimensions().key());
        keep.setString(8, now);
        keep.setString(9, origin);
        keep.executeUpdate();
    }

    private static boolean sameContent(Observation a, Observation b) {
        return Double.compare(a.value(), b.value()) == 0 && a.status().equals(b.status())
                && a.sourceId().equals(b.sourceId()) && a.note().equals(b.note());
    }

    private static void bind(PreparedStatement ps, int first, Observation o, String dims) throws SQLException {
        ps.setString(first, o.indicatorId());
        ps.setString(first + 1, o.period().toString());
        ps.setString(first + 2, dims);
        ps.setDouble(first + 3, o.value());
        ps.setString(first + 4, o.status());
        ps.setString(first + 5, o.sourceId());
        ps.setString(first + 6, o.note());
    }

    static List<Observation> load(Connection c, String indicatorId) throws SQLException {
        String sql = "SELECT indicator_id, period, dims, value, status, source_id, note FROM observation"
                + (indicatorId == null ? "" : " WHERE indicator_id = ?") + " ORDER BY rowid";
        List<Observation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (indicatorId != null) {
                ps.setString(1, indicatorId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Observation(rs.getString(1), Period.parse(rs.getString(2)).orElseThrow(),
                            Dimensions.parseKey(rs.getString(3)), rs.getDouble(4), rs.getString(6), rs.getString(5),
                            rs.getString(7)));
                }
            }
        }
        return out;
    }
}
