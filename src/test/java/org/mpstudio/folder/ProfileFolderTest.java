package org.mpstudio.folder;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFolderTest {

    @TempDir
    Path tmp;

    @Test
    @Tag("slow")
    void writesTheSampleBackByteForByte() throws Exception {
        Path sample = ProjectFiles.sample("viet-nam");
        ProfileContent content = ProfileFolder.read(sample);
        Path out = tmp.resolve("out");
        ProfileFolder.write(content, out);
        assertEquals(listing(sample), listing(out));
        for (String rel : listing(sample)) {
            assertEquals(Files.readString(sample.resolve(rel)), Files.readString(out.resolve(rel)), rel);
        }
    }

    @Test
    void readsTheSampleCompletely() throws Exception {
        ProfileContent content = ProfileFolder.read(ProjectFiles.sample("viet-nam"));
        assertEquals(33, content.chapters().size());
        assertEquals(content.chapters().size(), content.texts().size());
        assertTrue(content.indicators().size() >= 15);
        assertTrue(content.observations().size() > 100);
        assertEquals("VN", content.meta().country());
    }

    private Path copySample() throws IOException {
        return ProjectFiles.copyOfSample("viet-nam", tmp.resolve("copy"));
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws Exception {
        Path dir = copySample();
        Path chapters = dir.resolve("chapters.csv");
        List<String> lines = Files.readAllLines(chapters);
        lines.set(2, lines.get(2).replaceFirst("^[^,]+", "Bad Id"));
        lines.add(lines.get(3));
        Files.write(chapters, lines);
        Files.writeString(dir.resolve("chapters/en/foreword.md"), "Foreword without a title line\n");
        FolderException e = assertThrows(FolderException.class, () -> ProfileFolder.read(dir));
        List<String> codes = e.problems().stream().map(Problem::code).toList();
        assertTrue(codes.contains("folder.chapter.badId"), codes.toString());
        assertTrue(codes.contains("id.duplicateChapter"), codes.toString());
        assertTrue(codes.contains("folder.chapter.noTitle"), codes.toString());
        Problem dup = e.problems().stream().filter(p -> p.code().equals("id.duplicateChapter")).findFirst()
                .orElseThrow();
        assertEquals(lines.size(), dup.line());
        assertTrue(dup.where().endsWith("chapters.csv"));
    }

    @Test
    void reportsARaggedRowAndAnUnclosedQuoteInTheCatalogue() throws Exception {
        Path dir = copySample();
        Path sources = dir.resolve("sources.csv");
        Files.writeString(sources, Files.readString(sources) + "extra,only two\n\"open quote,x,y,z,a,b,c\n",
                StandardCharsets.UTF_8);
        FolderException e = assertThrows(FolderException.class, () -> ProfileFolder.read(dir));
        List<String> codes = e.problems().stream().map(Problem::code).toList();
        assertTrue(codes.contains("folder.csv.ragged"), codes.toString());
        assertTrue(codes.contains("folder.csv.unbalancedQuote"), codes.toString());
    }

    @Test
    void reportsAnObservationOfAnUnknownIndicator() throws Exception {
        Path dir = copySample();
        Path data = dir.resolve(ProfileFolder.OBSERVATIONS);
        List<String> lines = Files.readAllLines(data);
        lines.set(5, lines.get(5).replaceFirst("^[^,]+", "workers_deployed"));
        Files.write(data, lines);
        FolderException e = assertThrows(FolderException.class, () -> ProfileFolder.read(dir));
        Problem p = e.problems().get(0);
        assertEquals(6, p.line());
        assertEquals(1, p.column());
        assertTrue(p.where().endsWith("observations.csv"), p.where());
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
