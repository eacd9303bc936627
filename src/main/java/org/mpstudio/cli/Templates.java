package org.mpstudio.cli;

import org.mpstudio.folder.BundledTemplates;
import org.mpstudio.folder.TemplateLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where template sets are looked up: the user's own folder first, then those shipped with the application. */
final class Templates {

    TemplateLibrary library() throws IOException {
        List<Path> roots = new ArrayList<>();
        roots.add(AppFolders.userTemplates());
        BundledTemplates.root().ifPresent(roots::add);
        return new TemplateLibrary(roots);
    }
}
