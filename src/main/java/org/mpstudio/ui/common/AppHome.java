package org.mpstudio.ui.common;

import java.nio.file.Path;

/**
 * Where the editor keeps the user's files: {@code -Dmpstudio.home} (tests), else {@code $MPSTUDIO_HOME}, else
 * {@code ~/.mpstudio}.
 */
public final class AppHome {

    private AppHome() {
    }

    public static Path home() {
        String prop = System.getProperty("mpstudio.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MPSTUDIO_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".mpstudio");
    }

    /** Profile files built from source folders on first open. */
    public static Path profiles() {
        return home().resolve("profiles");
    }

    public static Path userTemplates() {
        return home().resolve("templates");
    }
}
