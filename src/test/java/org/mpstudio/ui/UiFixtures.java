package org.mpstudio.ui;

import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;

import java.nio.file.Path;

/** Profile files for the editor's tests. */
public final class UiFixtures {

    private UiFixtures() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("mpstudio.projectRoot", "."));
    }

    /** The Viet Nam sample built into {@code dir/viet-nam.mprofile}. */
    public static Path sample(Path dir) throws Exception {
        Path out = dir.resolve("viet-nam.mprofile");
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(ProfileFolder.read(projectRoot().resolve("sample-profiles/viet-nam")),
                    "test");
        }
        return out;
    }

    /** A small profile ({@code org.mpstudio.template.Fixtures}) in {@code dir/p.mprofile}. */
    public static Path small(Path dir, String... bodies) throws Exception {
        Path out = dir.resolve("p.mprofile");
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(org.mpstudio.template.Fixtures.profile(bodies), "test");
        }
        return out;
    }
}
