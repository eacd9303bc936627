package org.mpstudio.cli;

import org.mpstudio.folder.FolderException;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a profile given on the command line, either a source folder or a {@code .mprofile} file. */
final class ProfileInput {

    private ProfileInput() {
    }

    static ProfileContent load(Path path) throws FolderException, StoreException, IOException {
        if (Files.isDirectory(path)) {
            return ProfileFolder.read(path);
        }
        try (ProfileStore store = ProfileStore.open(path)) {
            return new ProfileRepository(store).load();
        }
    }
}
