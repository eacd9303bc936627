package org.mpstudio.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.model.doc.SourceSpan;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.insert.CrossReferenceViewModel;
import org.mpstudio.ui.insert.CrossReferenceViewModel.Filter;
import org.mpstudio.ui.insert.CrossReferenceViewModel.Kind;
import org.mpstudio.ui.insert.CrossReferenceViewModel.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-reference list on the sample: numbers and titles as the draft prints them, kinds and search. */
class CrossReferenceViewModelTest {

    private static ProfileContent sample;
    private static DocumentBuilder.Result built;

    @BeforeAll
    static void build() throws Exception {
        sample = ProfileFolder.read(UiFixtures.projectRoot().resolve("sample-profiles/viet-nam"));
        built = new DocumentBuilder().build(sample, "en", "1 January 2025");
    }

    private static CrossReferenceViewModel model() {
        CrossReferenceViewModel model = new CrossReferenceViewModel();
        model.resolvedProperty().set(built);
        return model;
    }

    private static <T extends Block> List<T> blocks(Class<T> type) {
        return built.document().blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Target target(CrossReferenceViewModel model, String id) {
        return model.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + model.targets()));
    }

    @Test
    void listsAFigureWithTheNumberAndTitleOfTheDraft() {
        Block.ChartBlock chart = blocks(Block.ChartBlock.class).stream()
                .filter(c -> c.id().equals("fig:deployed-by-year")).findFirst().orElseThrow();
        Target t = target(model(), "fig:deployed-by-year");
        assertEquals(Kind.FIGURE, t.kind());
        assertEquals("Figure " + chart.number(), t.label());
        assertEquals("Figure " + chart.number() + " " + chart.title(), t.display());
        assertEquals("@fig:deployed-by-year", t.reference());
    }

    @Test
    void listsChaptersHeadingsWithIdsFiguresAndTablesInDocumentOrder() {
        List<String> expected = built.document().blocks().stream()
                .filter(b -> b instanceof Block.Heading h ? h.id().startsWith("sec:")
                        : b instanceof Block.ChartBlock || b instanceof Block.TableBlock)
                .map(Block::id).toList();
        assertEquals(expected, model().targets().stream().map(Target::id).toList());
        assertTrue(expected.contains("sec:labour-migration") && expected.contains("sec:a2-emigration"), expected.toString());
        Target heading = target(model(), "sec:labour-migration");
        assertTrue(heading.display().matches("Section \\d+\\.\\d+ Labour migration"), heading.display());
    }

    /** Each label is what a reference to it prints in the draft (first letter capitalised for the list). */
    @Test
    void labelsAreWhatAReferencePrints() {
        List<Target> all = model().targets();
        String refs = all.stream().map(t -> "@" + t.id()).collect(Collectors.joining(" | "));
        List<ChapterText> texts = new ArrayList<>(sample.texts());
        ChapterText intro = sample.text("introduction", "en").orElseThrow();
        texts.replaceAll(t -> t == intro ? new ChapterText(t.chapterId(), t.lang(), t.title(),
                t.body() + "\n\nRefs: " + refs + "\n") : t);
        ProfileContent withRefs = new ProfileContent(sample.meta(), sample.chapters(), texts, sample.indicators(),
                sample.sources(), sample.observations());
        Map<String, String> printed = new DocumentBuilder().build(withRefs, "en", "1 January 2025").document()
                .blocks().stream().filter(b -> b instanceof Block.Paragraph).flatMap(b -> ((Block.Paragraph) b).runs()
                        .stream()).filter(r -> r instanceof Inline.CrossRef).map(r -> (Inline.CrossRef) r)
                .collect(Collectors.toMap(Inline.CrossRef::targetId, Inline.CrossRef::text, (a, b) -> a));
        for (Target t : all) {
            String text = printed.get(t.id());
            assertEquals(t.label(), text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1), t.id());
        }
    }

    @Test
    void kindFilterShowsOnlyThatKind() {
        CrossReferenceViewModel model = model();
        model.filterProperty().set(Filter.TABLES);
        assertEquals(blocks(Block.TableBlock.class).size(), model.targets().size());
        assertTrue(model.targets().stream().allMatch(t -> t.kind() == Kind.TABLE && t.label().startsWith("Table ")));
        model.filterProperty().set(Filter.FIGURES);
        assertEquals(blocks(Block.ChartBlock.class).size(), model.targets().size());
        model.filterProperty().set(Filter.SECTIONS);
        assertTrue(model.targets().stream().allMatch(t -> t.kind() == Kind.SECTION));
        assertEquals(sample.chapters().size() + 2, model.targets().size(), "every chapter and the two {#id} headings");
    }

    @Test
    void searchNarrowsAndChoosesTheFirstMatch() {
        CrossReferenceViewModel model = model();
        model.searchProperty().set("INTERNAL MIGRANTS AGED");
        assertTrue(model.targets().size() >= 2, model.targets().toString());
        assertTrue(model.targets().stream().allMatch(t -> t.title().startsWith("Internal migrants aged")));
        assertEquals(model.targets().get(0), model.selectedProperty().get());
        assertEquals("@" + model.targets().get(0).id(), model.referenceProperty().get());

        model.filterProperty().set(Filter.TABLES);
        model.searchProperty().set("tbl:");
        assertEquals(blocks(Block.TableBlock.class).size(), model.targets().size(), "ids are searched too");

        model.searchProperty().set("no such thing");
        assertTrue(model.targets().isEmpty());
        assertNull(model.selectedProperty().get());
        assertEquals("", model.referenceProperty().get());
    }

    @Test
    void searchIgnoresVietnameseAccentsAndCase() {
        Block.TableBlock table = new Block.TableBlock("tbl:lao-dong", "4.1", "Người lao động đi làm việc ở nước ngoài",
                List.of("Năm", "2023"), List.of(List.of("Tổng", "159 986")), List.of(false, true), "", "",
                new SourceSpan("a2", 3, 9));
        Document doc = new Document(new Document.Meta("Hồ sơ di cư", "Việt Nam", "Bộ Ngoại giao", 2023, "vi", ""),
                List.of(table), List.of(), List.of(), Map.of());
        CrossReferenceViewModel model = new CrossReferenceViewModel();
        model.resolvedProperty().set(new DocumentBuilder.Result(doc, List.of(), Map.of("tbl:lao-dong", "Bảng 4.1")));
        model.searchProperty().set("NGUOI LAO DONG");
        assertEquals(List.of("Bảng 4.1 Người lao động đi làm việc ở nước ngoài"),
                model.targets().stream().map(Target::display).toList());
    }

    @Test
    void listsNothingBeforeThePreviewHasResolvedTheProfile() {
        CrossReferenceViewModel model = new CrossReferenceViewModel();
        assertTrue(model.targets().isEmpty());
        model.resolvedProperty().set(built);
        assertTrue(!model.targets().isEmpty());
    }
}
