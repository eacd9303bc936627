package org.mpstudio.cli;

import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code new --template ID --country ISO2 --lang en|vi|lo --title TEXT OUT.mprofile}. */
@Command(name = "new", description = "Create a new profile from a template set.")
final class NewCommand implements Callable<Integer> {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    @Option(names = "--template", required = true, paramLabel = "ID", description = "template set id")
    String template;

    @Option(names = "--country", required = true, paramLabel = "ISO2", description = "country code, e.g. VN, LA")
    String country;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "en, vi or lo")
    String lang;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "title of the report")
    String title;

    @Option(names = "--edition", paramLabel = "YEAR", description = "edition year (default: this year)")
    Integer edition;

    @Parameters(index = "0", paramLabel = "OUT.mprofile", description = "profile file to create")
    Path out;

    private final Console console;
    private final Templates templates;

    NewCommand(Console console, Templates templates) {
        this.console = console;
        this.templates = templates;
    }

    @Override
    public Integer call() {
        if (!ISO2.matcher(country).matches()) {
            console.error("--country " + country + ": write the two-letter ISO 3166 code in capitals, e.g. VN or LA.");
            return ExitCode.UNUSABLE;
        }
        try {
            ProfileContent content = templates.library().newProfile(template, country, lang, title,
                    edition == null ? Year.now().getValue() : edition);
            try (ProfileStore store = ProfileStore.create(out)) {
                new ProfileRepository(store).insertAll(content, "new");
            }
            console.info("created " + out + " from " + template + ": " + content.chapters().size() + " chapters, "
                    + content.indicators().size() + " indicators");
            return ExitCode.OK;
        } catch (Exception e) {
            return Failures.report(console, e);
        }
    }
}
