package org.mpstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileStoreTest {

    @TempDir
    Path dir;

    private Path built() throws Exception {
        Path file = dir.resolve("p.mprofile");
        try (ProfileStore store = ProfileStore.create(file)) {
            new ProfileRepository(store).insertAll(Fixtures.profile("Body one.", "Body two."), "test");
        }
        return file;
    }

    @Test
    void marksTheFileWithApplicationIdAndSchemaVersion() throws Exception {
        Path file = built();
        try (ProfileStore store = ProfileStore.open(file)) {
            assertEquals(ProfileStore.APPLICATION_ID, pragma(store, "application_id"));
            assertEquals(ProfileStore.currentVersion(), pragma(store, "user_version"));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void loadsBackWhatWasInserted() throws Exception {
        Path file = built();
        try (ProfileStore store = ProfileStore.open(file)) {
            ProfileContent loaded = new ProfileRepository(store).load();
            ProfileContent original = Fixtures.profile("Body one.", "Body two.");
            assertEquals(original, loaded);
        }
    }

    @Test
    void recordsARevisionWhenAChapterIsSaved() throws Exception {
        Path file = built();
        try (ProfileStore store = ProfileStore.open(file)) {
            ChapterRepository chapters = new ChapterRepository(store);
            chapters.saveText(new ChapterText("ch1", "en", "Chapter 1", "Second draft."), "drafter", "autosave");
            var revisions = chapters.revisions("ch1", "en");
            assertEquals(List.of("Body one.", "Second draft."), revisions.stream().map(r -> r.body()).toList());
            assertEquals("drafter", revisions.get(1).author());
            assertEquals("Second draft.", new ProfileRepository(store).load().text("ch1", "en").orElseThrow().body());
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = built();
        StoreException e = assertThrows(StoreException.class, () -> ProfileStore.create(file));
        assertEquals("store.exists", e.code());
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.mprofile");
        Files.writeString(file, "These are my notes, not a profile.\n".repeat(20), StandardCharsets.UTF_8);
        String before = hash(file);
        StoreException e = assertThrows(StoreException.class, () -> ProfileStore.open(file));
        assertEquals("store.notSqlite", e.code());
        assertEquals(file.toString(), e.args().get(0));
        assertEquals(before, hash(file));
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        Path file = built();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.mprofile");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2 + 100));
        StoreException e = assertThrows(StoreException.class, () -> ProfileStore.open(cut));
        assertEquals("store.truncated", e.code());
        Path tiny = dir.resolve("tiny.mprofile");
        Files.write(tiny, Arrays.copyOf(bytes, 40));
        assertEquals("store.truncated", assertThrows(StoreException.class, () -> ProfileStore.open(tiny)).code());
    }

    @Test
    void refusesAnotherApplicationsSqliteFile() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertEquals("store.notProfile", assertThrows(StoreException.class, () -> ProfileStore.open(file)).code());
    }

    @Test
    void refusesANewerSchemaAndLeavesTheFileUntouched() throws Exception {
        Path file = built();
        try (ProfileStore store = ProfileStore.open(file)) {
            store.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        String before = hash(file);
        StoreException e = assertThrows(StoreException.class, () -> ProfileStore.open(file));
        assertEquals("store.newerVersion", e.code());
        assertEquals(List.of(file.toString(), 99, ProfileStore.currentVersion()), e.args());
        assertEquals(before, hash(file));
    }

    @Test
    void migratesForwardAfterTakingABackup() throws Exception {
        Path file = built();
        String before = hash(file);
        Migration addColumn = migration("ALTER TABLE chapter ADD COLUMN due_date TEXT NOT NULL DEFAULT ''");
        try (ProfileStore store = ProfileStore.open(file, List.of(addColumn))) {
            assertEquals(2, pragma(store, "user_version"));
            assertEquals(2, new ProfileRepository(store).load().chapters().size());
        }
        Path backup = dir.resolve("p.mprofile.v1.bak");
        assertTrue(Files.exists(backup));
        assertEquals(before, hash(backup));
    }

    @Test
    void aFailedMigrationChangesNothing() throws Exception {
        Path file = built();
        Migration broken = migration("ALTER TABLE chapter ADD COLUMN x TEXT", "THIS IS NOT SQL");
        assertThrows(StoreException.class, () -> ProfileStore.open(file, List.of(broken)));
        try (ProfileStore store = ProfileStore.open(file)) {
            assertEquals(1, pragma(store, "user_version"));
            assertFalse(columns(store, "chapter").contains("x"));
        }
    }

    /** A migration from version 1 that runs the given statements. */
    private static Migration migration(String... statements) {
        return new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public void apply(java.sql.Connection c) throws java.sql.SQLException {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements) {
                        st.execute(sql);
                    }
                }
            }
        };
    }

    private static int pragma(ProfileStore store, String name) throws StoreException {
        return store.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.getInt(1);
            }
        });
    }

    private static List<String> columns(ProfileStore store, String table) throws StoreException {
        return store.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    out.add(rs.getString("name"));
                }
            }
            return out;
        });
    }

    static String hash(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
