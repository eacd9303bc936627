package org.mpstudio.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.folder.ProjectFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @TempDir
    Path tmp;

    private Path builtSample() {
        Path file = tmp.resolve("vn.mprofile");
        CliRun run = CliRun.of("build", ProjectFiles.sample("viet-nam").toString(), file.toString());
        assertEquals(0, run.exit(), run.err());
        return file;
    }

    @Test
    @Tag("slow")
    void theSampleBuildsAndChecksClean() {
        Path file = builtSample();
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("no problems found"));
        CliRun folder = CliRun.of("check", ProjectFiles.sample("viet-nam").toString());
        assertEquals(0, folder.exit(), "check takes the source folder too: " + folder.err());
    }

    @Test
    void checkExitsOneAndReportsChapterLineAndColumn() throws Exception {
        Path file = tmp.resolve("new.mprofile");
        assertEquals(0, CliRun.of("new", "--template", "iom-standard", "--country", "LA", "--lang", "en",
                "--title", "Lao PDR Migration Profile", file.toString()).exit());
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("chapter foreword (en): warning: The chapter still holds"), check.err());
        assertTrue(check.err().matches("(?s).*chapter [a-z0-9-]+ \\(en\\):\\d+:\\d+: error: No figure for .*"),
                "a placeholder without data is located: " + check.err());
    }

    @Test
    void checkPrintsJson() throws Exception {
        Path file = tmp.resolve("new.mprofile");
        CliRun.of("new", "--template", "iom-standard", "--country", "LA", "--title", "T", file.toString());
        CliRun check = CliRun.of("check", file.toString(), "--json");
        assertEquals(1, check.exit());
        assertTrue(check.out().startsWith("{\n  \"profile\": "), check.out());
        assertTrue(check.out().contains("\"code\": \"check.guidanceLeft\""));
        assertTrue(check.out().contains("\"severity\": \"warning\""));
    }

    @Test
    void unpackRefusesAFolderThatIsNotEmpty() throws Exception {
        Path file = builtSample();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        CliRun run = CliRun.of("unpack", file.toString(), out.toString());
        assertEquals(2, run.exit());
        assertEquals("keep me", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void aBadImportChangesNothingAndListsEveryError() throws Exception {
        Path file = builtSample();
        String before = sha(file);
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, """
                indicator,period,value,source
                workers_deployed_contract,2024,170000,nhandan-2024-workers
                workers_deployed_contrct,2024,1,nhandan-2024-workers
                workers_deployed_contract,20x4,2,nhandan-2024-workers
                workers_deployed_contract,2025,abc,nhandan-2024-workers
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", file.toString(), csv.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(csv + ":3:1: error:"), run.err());
        assertTrue(run.err().contains(csv + ":4:2: error:"), run.err());
        assertTrue(run.err().contains(csv + ":5:3: error:"), run.err());
        assertEquals(before, sha(file));
    }

    @Test
    void importingAFolderSaysItIsAFolder() throws Exception {
        Path file = builtSample();
        String before = sha(file);
        Path folder = Files.createDirectories(tmp.resolve("figures"));
        CliRun run = CliRun.of("import", file.toString(), folder.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(folder + " is a folder; give the CSV or XLSX file of figures to import."),
                run.err());
        assertEquals(before, sha(file));
    }

    @Test
    void importIsIdempotentAndDryRunWritesNothing() throws Exception {
        Path file = builtSample();
        Path csv = tmp.resolve("new.csv");
        Files.writeString(csv, "indicator,period,value,source\n"
                + "workers_deployed_contract,2024,170000,nhandan-2024-workers\n", StandardCharsets.UTF_8);
        String before = sha(file);
        CliRun dry = CliRun.of("import", file.toString(), csv.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertEquals(before, sha(file));
        CliRun first = CliRun.of("import", file.toString(), csv.toString());
        assertTrue(first.out().contains("1 new, 0 updated"), first.out());
        String after = sha(file);
        CliRun second = CliRun.of("import", file.toString(), csv.toString());
        assertTrue(second.out().contains("0 new, 0 updated (previous values kept in history), 1 unchanged"),
                second.out());
        assertEquals(after, sha(file));
    }

    @Test
    void refusesAFileThatIsNotAProfileWithExitTwo() throws Exception {
        Path junk = tmp.resolve("junk.mprofile");
        Files.write(junk, new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        CliRun run = CliRun.of("check", junk.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(junk + " is not a profile file"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack traces for users");
    }

    @Test
    void templatesListAndDerive() {
        CliRun list = CliRun.of("templates", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("iom-standard"));
        CliRun derive = CliRun.of("templates", "derive", "iom-standard", "lao-pdr", "--lang", "lo", "--out",
                tmp.toString());
        assertEquals(0, derive.exit(), derive.err());
        assertTrue(Files.exists(tmp.resolve("lao-pdr/chapters/lo/foreword.md")));
    }

    @Test
    void templatesListReportsABrokenPlaceholderInATemplate() throws Exception {
        Path home = tmp.resolve("home");
        Templates local = new Templates(home);
        local.library().derive("iom-standard", "broken", java.util.Optional.empty(), home);
        Path chapter = home.resolve("broken/chapters/en/foreword.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA figure: {{value}} here.\n");
        int lines = Files.readAllLines(chapter).size();
        CliRun run = CliRun.of(local, "templates", "list");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("template broken, chapter foreword (en):" + lines + ":11: error: Placeholder {{value}} names no indicator"),
                run.err());
        assertTrue(run.out().contains("broken"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.of("build").exit());
        assertEquals(2, CliRun.of("frobnicate").exit());
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
