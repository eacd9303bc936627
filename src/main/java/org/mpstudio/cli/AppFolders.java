package org.mpstudio.cli;

import java.nio.file.Path;

/** Where the application keeps the user's own files: {@code $MPSTUDIO_HOME}, else {@code ~/.mpstudio}. */
final class AppFolders {

    private AppFolders() {
    }

    static Path home() {
        String env = System.getenv("MPSTUDIO_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".mpstudio");
    }

    static Path userTemplates() {
        return home().resolve("templates");
    }
}
