package org.mpstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * An open {@code .mprofile} file: one SQLite connection, the schema, forward migrations and transactions.
 * Every change goes through {@link #inTransaction}, so a crash at any moment leaves the file as it was before or
 * after that change. Not thread-safe: one store is used by one thread at a time.
 */
public final class ProfileStore implements AutoCloseable {

    /** "MPRO": marks a SQLite file as a Migration Profile (PRAGMA application_id). */
    public static final int APPLICATION_ID = 0x4D50524F;
    /** Migrations after the base schema, in order; schema version = 1 + their count. */
    static final List<Migration> MIGRATIONS = List.of();

    private final Path file;
    private final Connection connection;

    private ProfileStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static int currentVersion() {
        return 1 + MIGRATIONS.size();
    }

    /** Creates a new, empty profile file; refuses to overwrite an existing one. */
    public static ProfileStore create(Path file) throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException("store.exists", file, null);
        }
        Connection c = connect(file, false);
        ProfileStore store = new ProfileStore(file, c);
        try {
            store.inTransaction(conn -> {
                try (Statement st = conn.createStatement()) {
                    for (String sql : baseSchema()) {
                        st.execute(sql);
                    }
                    for (Migration m : MIGRATIONS) {
                        m.apply(conn);
                    }
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + currentVersion());
                }
                return null;
            });
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Opens an existing profile file, migrating it forward (after a backup copy) when it is older. */
    public static ProfileStore open(Path file) throws StoreException {
        return open(file, MIGRATIONS);
    }

    static ProfileStore open(Path file, List<Migration> migrations) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("store.notFound", file, null);
        }
        ProfileFileHeader.verify(file);
        int target = 1 + migrations.size();
        int version = readVersion(file);
        if (version > target) {
            throw new StoreException("store.newerVersion", file, null, version, target);
        }
        Connection c = connect(file, false);
        ProfileStore store = new ProfileStore(file, c);
        try {
            if (version < target) {
                store.migrate(version, migrations);
            }
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static int readVersion(Path file) throws StoreException {
        try (Connection ro = connect(file, true); Statement st = ro.createStatement()) {
            int appId = single(st, "PRAGMA application_id");
            if (appId != APPLICATION_ID) {
                throw new StoreException("store.notProfile", file, null);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(result)) {
                    throw new StoreException("store.corrupt", file, null, result);
                }
            }
            return single(st, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException("store.corrupt", file, e, e.getMessage());
        }
    }

    private void migrate(int from, List<Migration> migrations) throws StoreException {
        Path backup = file.resolveSibling(file.getFileName() + ".v" + from + ".bak");
        try {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("store.backupFailed", file, e, backup.toString());
        }
        inTransaction(conn -> {
            try (Statement st = conn.createStatement()) {
                for (Migration m : migrations) {
                    if (m.fromVersion() >= from) {
                        m.apply(conn);
                    }
                }
                st.execute("PRAGMA user_version = " + (1 + migrations.size()));
            }
            return null;
        });
    }

    /** Work run inside one transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store.writeFailed", file, e, String.valueOf(e.getMessage()));
        }
    }

    /** Runs a read outside any explicit transaction. */
    public <T> T read(SqlWork<T> work) throws StoreException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store.readFailed", file, e, String.valueOf(e.getMessage()));
        }
    }

    public Path file() {
        return file;
    }

    /** Runs SQLite's full integrity check; "ok" when the file is sound. */
    public String integrityCheck() throws StoreException {
        return read(conn -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store.writeFailed", file, e, String.valueOf(e.getMessage()));
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws StoreException {
        Properties props = new Properties();
        props.setProperty("open_mode", readOnly ? "1" : "6"); // SQLITE_OPEN_READONLY, or READWRITE|CREATE
        props.setProperty("foreign_keys", "true");
        props.setProperty("synchronous", "FULL");
        props.setProperty("busy_timeout", "3000");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new StoreException("store.unreadable", file, e);
        }
    }

    private static int single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> baseSchema() throws SQLException {
        try (InputStream in = ProfileStore.class.getResourceAsStream("schema-v1.sql")) {
            if (in == null) {
                throw new SQLException("schema-v1.sql missing from the application");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            return List.of(sb.toString().split(";\\s*\n")).stream().map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new SQLException("cannot read schema-v1.sql", e);
        }
    }
}
