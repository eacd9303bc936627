package org.mpstudio.cli;

import org.mpstudio.folder.BundledTemplates;
import org.mpstudio.folder.TemplateLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where template sets are looked up: the user's own folder first, then those shipped with the application. */
final class Templates {

    private final Path userTemplates;

    Templates() {
        this(AppFolders.userTemplates());
    }

    /** A library whose user folder is {@code userTemplates} (tests use a temporary one). */
    Templates(Path userTemplates) {
        this.userTemplates = userTemplates;
    }

    TemplateLibrary library() throws IOException {
        List<Path> roots = new ArrayList<>();
        roots.add(userTemplates);
        BundledTemplates.root().ifPresent(roots::add);
        return new TemplateLibrary(roots);
    }
}
