package org.mpstudio.cli;

import org.mpstudio.folder.ProfileFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code unpack PROFILE OUT_DIR}: a profile file back into a source folder. */
@Command(name = "unpack", description = "Write a profile as a source folder (for version control).")
final class UnpackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "profile file or source folder")
    Path profile;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "folder to create (must be empty or absent)")
    Path out;

    private final Console console;

    UnpackCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        console.error(out + " is not empty; unpack into a new folder so nothing is overwritten.");
                        return ExitCode.UNUSABLE;
                    }
                }
            }
            ProfileFolder.write(ProfileInput.load(profile), out);
            console.info("unpacked " + profile + " into " + out);
            return ExitCode.OK;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }
}
