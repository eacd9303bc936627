package org.mpstudio.template;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview's build: one chapter's blocks as the whole build makes them, reusing unchanged chapters. */
class ResolutionCacheTest {

    private static ProfileContent sample;
    private static DocumentBuilder.Result full;

    @BeforeAll
    static void readSample() throws Exception {
        sample = ProfileFolder.read(Path.of("sample-profiles/viet-nam"));
        full = new DocumentBuilder().build(sample, "en", "2026-11-23");
    }

    @Test
    void buildsEveryChapterExactlyAsTheWholeDocumentHasIt() {
        DocumentBuilder builder = new DocumentBuilder(new ResolutionCache());
        for (var chapter : sample.chapters()) {
            DocumentBuilder.ChapterResult one = builder.buildChapter(sample, "en", chapter.id());
            List<Block> expected = full.document().blocks().stream()
                    .filter(b -> b.span().chapterId().equals(chapter.id())).toList();
            assertEquals(expected, one.blocks(), chapter.id());
            String where = "chapter " + chapter.id() + " (en)";
            assertEquals(full.problems().stream().filter(p -> p.where().equals(where)).toList(), one.problems());
        }
    }

    @Test
    void givesChapterNumbersAndEveryFigureId() {
        DocumentBuilder.ChapterResult one = new DocumentBuilder().buildChapter(sample, "en", "introduction");
        for (Block b : full.document().blocks()) {
            if (b instanceof Block.Heading h && h.id().equals("sec:" + b.span().chapterId())) {
                assertEquals(h.number(), one.chapterNumbers().get(b.span().chapterId()), h.id());
            }
            if (b instanceof Block.ChartBlock || b instanceof Block.TableBlock) {
                assertTrue(one.figureIds().contains(b.id()), b.id());
            }
        }
        assertEquals(29, one.figureIds().size(), "14 charts and 15 tables in the sample");
    }

    @Test
    void resolvesOnlyTheChapterThatChanged() {
        ResolutionCache cache = new ResolutionCache();
        DocumentBuilder builder = new DocumentBuilder(cache);
        int chapters = sample.chapters().size();
        builder.buildChapter(sample, "en", "introduction");
        assertArrayEquals(new int[] {0, chapters}, cache.counts());

        ProfileContent edited = withText(sample, "introduction", " Typed just now.");
        DocumentBuilder.ChapterResult after = builder.buildChapter(edited, "en", "introduction");
        assertArrayEquals(new int[] {chapters - 1, chapters + 1}, cache.counts());
        assertTrue(after.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && p.runs().toString().contains("Typed just now.")), "the edit shows");
        assertEquals(new DocumentBuilder().buildChapter(edited, "en", "introduction"), after,
                "reused chapters give the same result as a fresh build");
    }

    @Test
    void newFiguresDropEveryResolvedChapter() {
        ResolutionCache cache = new ResolutionCache();
        DocumentBuilder builder = new DocumentBuilder(cache);
        String chapter = full.document().blocks().stream().filter(b -> b instanceof Block.ChartBlock)
                .findFirst().orElseThrow().span().chapterId();
        DocumentBuilder.ChapterResult before = builder.buildChapter(sample, "en", chapter);
        List<Observation> doubled = new ArrayList<>();
        for (Observation o : sample.observations()) {
            doubled.add(new Observation(o.indicatorId(), o.period(), o.dimensions(), o.value() * 2, o.sourceId(),
                    o.status(), o.note()));
        }
        ProfileContent changed = new ProfileContent(sample.meta(), sample.chapters(), sample.texts(),
                sample.indicators(), sample.sources(), doubled);
        DocumentBuilder.ChapterResult after = builder.buildChapter(changed, "en", chapter);
        assertEquals(2 * sample.chapters().size(), cache.counts()[1], "every chapter resolved again");
        assertNotEquals(before.blocks(), after.blocks(), "the charts and figures show the new values");
        assertEquals(new DocumentBuilder().buildChapter(changed, "en", chapter), after);
    }

    private static ProfileContent withText(ProfileContent c, String chapterId, String appended) {
        List<ChapterText> texts = new ArrayList<>();
        for (ChapterText t : c.texts()) {
            texts.add(t.chapterId().equals(chapterId)
                    ? new ChapterText(t.chapterId(), t.lang(), t.title(), t.body() + appended) : t);
        }
        return new ProfileContent(c.meta(), c.chapters(), texts, c.indicators(), c.sources(), c.observations());
    }
}
