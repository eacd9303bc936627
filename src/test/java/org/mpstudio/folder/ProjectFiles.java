package org.mpstudio.folder;

import java.nio.file.Path;

/** Paths of the repository's own files (templates, sample profiles) for tests. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        return Path.of(System.getProperty("mpstudio.projectRoot", ".")).toAbsolutePath();
    }

    public static Path sample(String name) {
        return root().resolve("sample-profiles").resolve(name);
    }

    public static Path templates() {
        return root().resolve("templates");
    }
}
