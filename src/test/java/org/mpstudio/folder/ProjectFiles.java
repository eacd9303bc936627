package org.mpstudio.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** A copy of the sample profile folder {@code name} at {@code to}, for tests that change it. */
    public static Path copyOfSample(String name, Path to) throws IOException {
        Path from = sample(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
