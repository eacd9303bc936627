package org.mpstudio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.ui.UiFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar mpstudio.jar COMMAND}: the command line, in a JVM of its own as a drafter's shell starts it. */
class LauncherTest {

    @TempDir
    Path dir;

    /** Runs the launcher with {@code args} and DISPLAY naming {@code display}; returns its exit code. */
    private int launch(String display, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmpstudio.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out-" + args[0] + ".txt").toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ended");
        return p.exitValue();
    }

    @Test
    void anExportDrawsItsChartsWhenTheDisplayNamedDoesNotAnswer() throws Exception {
        Path profile = dir.resolve("viet-nam.mprofile");
        Path sample = UiFixtures.projectRoot().resolve("sample-profiles/viet-nam");
        // a display number no X server serves here, as after an SSH session's forwarding went away
        String deadDisplay = ":93";
        assertEquals(0, launch(deadDisplay, "build", sample.toString(), profile.toString()),
                Files.readString(dir.resolve("out-build.txt")));
        int code = launch(deadDisplay, "export", profile.toString(), "--format", "docx", "--out",
                dir.resolve("drafts").toString());
        String out = Files.readString(dir.resolve("out-export.txt"));
        assertEquals(0, code, out);
        assertTrue(Files.size(dir.resolve("drafts/viet-nam-migration-profile-en.docx")) > 50_000,
                "the Word draft, with its charts, was written: " + out);
        assertTrue(!out.contains("AWTError") && !out.contains("X11"), out);
    }

    @Test
    @EnabledOnOs(OS.LINUX) // elsewhere DISPLAY means nothing and a window would open
    void theEditorSaysWhichDisplayItCouldNotOpen() throws Exception {
        Path profile = dir.resolve("p.mprofile");
        Files.copy(UiFixtures.small(Files.createDirectories(dir.resolve("src"))), profile);
        int code = launch(":93", "open", profile.toString());
        String out = Files.readString(dir.resolve("out-open.txt"));
        assertEquals(2, code, out);
        assertTrue(out.contains("could not open the display DISPLAY names (:93)"), out);
        assertTrue(!out.contains("Exception in thread"), "a sentence, not a stack trace: " + out);
    }
}
