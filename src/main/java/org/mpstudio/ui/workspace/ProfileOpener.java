package org.mpstudio.ui.workspace;

import org.mpstudio.folder.FolderException;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the profile file for what the user opens: a {@code .mprofile} as it is, a profile source folder built once
 * into {@code <profiles>/<folder name>.mprofile} and reused after (so the drafter's edits are kept).
 */
public final class ProfileOpener {

    private final Path profilesDir;

    public ProfileOpener(Path profilesDir) {
        this.profilesDir = profilesDir;
    }

    public Path profileFile(Path path) throws FolderException, StoreException, IOException {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path dir = path.toAbsolutePath().normalize();
        Path out = profilesDir.resolve(dir.getFileName() + ".mprofile");
        if (!Files.exists(out)) {
            ProfileContent content = ProfileFolder.read(dir);
            Files.createDirectories(profilesDir);
            Path tmp = profilesDir.resolve(dir.getFileName() + ".mprofile.part");
            Files.deleteIfExists(tmp);
            try (ProfileStore store = ProfileStore.create(tmp)) {
                new ProfileRepository(store).insertAll(content, System.getProperty("user.name", "editor"));
            }
            Files.move(tmp, out);
        }
        return out;
    }
}
