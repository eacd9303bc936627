package org.mpstudio.folder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateLibraryTest {

    @TempDir
    Path tmp;

    private TemplateLibrary library() {
        return new TemplateLibrary(List.of(tmp.resolve("user"), ProjectFiles.templates()));
    }

    @Test
    void listsTheShippedStandardSet() throws Exception {
        List<Problem> problems = new ArrayList<>();
        List<TemplateSet> sets = library().list(problems);
        assertEquals(List.of(), problems);
        TemplateSet std = sets.stream().filter(s -> s.id().equals("iom-standard")).findFirst().orElseThrow();
        assertEquals(List.of("en"), std.languages());
        assertTrue(std.chapters().size() >= 30, "every chapter of the IOM structure");
        assertTrue(std.indicators().size() >= 36, "the indicator catalogue");
        assertTrue(std.texts().stream().allMatch(t -> t.body().contains("```guidance")),
                "every chapter carries drafting guidance");
    }

    @Test
    void startsANewProfileWithEveryChapterAsADraft() throws Exception {
        ProfileContent p = library().newProfile("iom-standard", "LA", "en", "Lao PDR Migration Profile", 2026);
        assertEquals("iom-standard@1.0", p.meta().template());
        assertTrue(p.chapters().stream().allMatch(c -> c.status() == ChapterStatus.DRAFT));
        assertEquals(p.chapters().size(), p.texts().size());
        assertTrue(p.observations().isEmpty());
    }

    @Test
    void refusesALanguageTheSetDoesNotHave() {
        FolderException e = assertThrows(FolderException.class,
                () -> library().newProfile("iom-standard", "LA", "lo", "T", 2026));
        assertEquals("template.noLanguage", e.problems().get(0).code());
    }

    @Test
    void derivesASetThatRecordsItsBaseAndCopiesChaptersForTranslation() throws Exception {
        Path dir = library().derive("iom-standard", "lao-pdr", Optional.of("lo"), tmp.resolve("user"));
        TemplateSet derived = TemplateFolder.read(dir);
        assertEquals("lao-pdr", derived.id());
        assertEquals("iom-standard@1.0", derived.basedOn());
        assertEquals(List.of("lo"), derived.languages());
        assertTrue(derived.texts().stream().allMatch(t -> t.lang().equals("lo")
                && t.body().startsWith("```guidance\nTranslate this chapter")));
        assertTrue(library().list(new ArrayList<>()).stream().anyMatch(s -> s.id().equals("lao-pdr")));
        assertThrows(FolderException.class,
                () -> library().derive("iom-standard", "lao-pdr", Optional.empty(), tmp.resolve("user")));
    }

    @Test
    void reportsABrokenTemplateWithItsFileAndLine() throws Exception {
        Path dir = library().derive("iom-standard", "broken", Optional.empty(), tmp.resolve("user"));
        Files.writeString(dir.resolve("indicators.csv"), "id,name,unit,decimals\nx,X,parsecs,0\n");
        FolderException e = assertThrows(FolderException.class, () -> TemplateFolder.read(dir));
        Problem p = e.problems().get(0);
        assertEquals("folder.indicator.badUnit", p.code());
        assertEquals(2, p.line());
        assertEquals(3, p.column());
    }
}
