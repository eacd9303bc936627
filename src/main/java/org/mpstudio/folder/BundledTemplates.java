package org.mpstudio.folder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The template sets shipped inside the application (the repository's {@code templates/}, copied into the jar). */
public final class BundledTemplates {

    private BundledTemplates() {
    }

    /** The folder holding one folder per shipped set; empty when the application was built without them. */
    public static Optional<Path> root() throws IOException {
        URL url = BundledTemplates.class.getResource("/templates/");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before in this run
                }
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("bad location of bundled templates: " + url, e);
        }
    }
}
