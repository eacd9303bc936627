package org.mpstudio.ui.workspace;

import org.mpstudio.folder.BundledTemplates;
import org.mpstudio.folder.FolderException;
import org.mpstudio.folder.TemplateLibrary;
import org.mpstudio.folder.TemplateSet;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Creating a profile file from a template set: the sets to choose from, checking the answers, writing the file. */
public final class NewProfileModel {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private final TemplateLibrary library;

    public NewProfileModel(TemplateLibrary library) {
        this.library = library;
    }

    /** The user's own sets first, then the shipped ones. */
    public static NewProfileModel withDefaultLibrary(Path userTemplates) throws IOException {
        List<Path> roots = new ArrayList<>(List.of(userTemplates));
        BundledTemplates.root().ifPresent(roots::add);
        return new NewProfileModel(new TemplateLibrary(roots));
    }

    public List<TemplateSet> templates() throws IOException {
        return library.list(new ArrayList<>());
    }

    public static boolean validCountry(String code) {
        return code != null && ISO2.matcher(code.strip()).matches();
    }

    /** Writes a new profile file; refuses to overwrite one. */
    public void create(String templateId, String country, String lang, String title, Path out)
            throws FolderException, StoreException, IOException {
        ProfileContent content = library.newProfile(templateId, country.strip(), lang, title.strip(),
                Year.now().getValue());
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(content, System.getProperty("user.name", "editor"));
        }
    }
}
