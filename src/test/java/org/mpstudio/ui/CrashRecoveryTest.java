package org.mpstudio.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ChapterText;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.ui.workspace.ProfileSession;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost on a crash: the editor runs in a process of its own ({@link CrashVictim}), types three paragraphs with
 * pauses and a fourth without, and is killed with SIGKILL in the middle of the fourth. The reopened file is sound,
 * holds the three paragraphs, and opens for editing (the dead process's lock does not make it read-only).
 */
@Tag("gui")
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void afterKillNineTheProfileHasEverythingButTheLastSeconds() throws Exception {
        Path file = UiFixtures.sample(dir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-D") || arg.startsWith("-javaagent") || arg.startsWith("-Xmx")) {
                command.add(arg);
            }
        }
        command.add("-Dmpstudio.home=" + dir.resolve("home"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(),
                file.toString(), "3"));
        Process victim = new ProcessBuilder(command).redirectError(dir.resolve("victim.err").toFile()).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.equals("typing 4")) {
                    break;
                }
            }
            assertTrue(said.contains("typing 4"), "the editor process got to the fourth paragraph: " + said
                    + ", stderr in " + dir.resolve("victim.err"));
            Thread.sleep(700);
            victim.destroyForcibly();
            assertTrue(victim.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals(137, victim.exitValue(), "killed by SIGKILL (128 + 9)");

        try (ProfileStore store = ProfileStore.open(file)) {
            assertEquals("ok", store.integrityCheck());
            ChapterText intro = new ProfileRepository(store).load().text(CrashVictim.CHAPTER, "en").orElseThrow();
            for (int p = 1; p <= 3; p++) {
                assertTrue(intro.body().contains("Crash test paragraph " + p + " typed key by key."),
                        "paragraph " + p + " typed before a pause was saved");
            }
            String before = ProfileFolder.read(UiFixtures.projectRoot().resolve("sample-profiles/viet-nam"))
                    .text(CrashVictim.CHAPTER, "en").orElseThrow().body().strip();
            assertTrue(intro.body().startsWith(before), "the chapter's earlier text is intact");
        }
        try (ProfileSession session = ProfileSession.open(file)) {
            assertFalse(session.readOnly(), "a dead editor's lock does not make the file read-only");
        }
    }
}
