package org.mpstudio.cli;

import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code build SOURCE_DIR OUT.mprofile}: a profile source folder into a new profile file. */
@Command(name = "build", description = "Build a profile file (.mprofile) from a profile source folder.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE_DIR", description = "profile source folder")
    Path source;

    @Parameters(index = "1", paramLabel = "OUT.mprofile", description = "profile file to create")
    Path out;

    private final Console console;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            if (!ProfileFolder.isFolder(source)) {
                console.error(source + " is not a profile source folder (it has no " + ProfileFolder.META + ").");
                return ExitCode.UNUSABLE;
            }
            ProfileContent content = ProfileFolder.read(source);
            Path tmp = out.resolveSibling(out.getFileName() + ".building");
            Files.deleteIfExists(tmp);
            try (ProfileStore store = ProfileStore.create(tmp)) {
                new ProfileRepository(store).insertAll(content, "build");
            }
            if (Files.exists(out)) {
                console.error(out + " already exists; choose another name or delete it first.");
                Files.delete(tmp);
                return ExitCode.UNUSABLE;
            }
            Files.move(tmp, out);
            console.info("built " + out + ": " + content.chapters().size() + " chapters, "
                    + content.indicators().size() + " indicators, " + content.observations().size() + " figures, "
                    + content.sources().size() + " sources");
            return ExitCode.OK;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }
}
