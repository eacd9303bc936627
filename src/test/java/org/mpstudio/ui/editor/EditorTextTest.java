package org.mpstudio.ui.editor;

import org.junit.jupiter.api.Test;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Problem;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorTextTest {

    @Test
    void completesIndicatorsAfterValueAndIdsAfterReferences() {
        List<String> indicators = List.of("workers_deployed_contract", "remittances_inflow", "workers_stock");
        List<String> figures = List.of("fig:deployed", "fig:remit", "tbl:stock");
        assertEquals(new EditorText.Completion("wor", List.of("workers_deployed_contract", "workers_stock")),
                EditorText.completion("In 2023 {{value wor", indicators, figures));
        assertEquals(3, EditorText.completion("{{value ", indicators, figures).candidates().size());
        assertEquals(List.of("deployed", "remit"), EditorText.completion("see @fig:", indicators, figures).candidates());
        assertEquals(List.of("stock"), EditorText.completion("see @tbl:s", indicators, figures).candidates());
        assertNull(EditorText.completion("plain text", indicators, figures));
    }

    @Test
    void titleLineAndBodySplitBack() {
        assertEquals(new ChapterText("c", "en", "Labour migration", "Body.\n"),
                EditorViewModelAccess.split("# Labour migration\n\nBody.\n"));
        assertEquals(new ChapterText("c", "en", "Only title", ""), EditorViewModelAccess.split("# Only title"));
    }

    @Test
    void stylesFollowTheMarkdownTree() {
        String text = "# Title\n\nIn {{value workers_stock period=2023}} see @fig:x [@dolab].\n\n"
                + "```guidance\nWrite here.\n```\n\n- item ນ້ຳ\n";
        List<MarkdownStyler.Run> runs = MarkdownStyler.style(text, List.of(Problem.error("placeholder.noData",
                "chapter c (en)", 3, 4)));
        assertEquals(text.length(), runs.stream().mapToInt(MarkdownStyler.Run::length).sum());
        assertTrue(classesAt(runs, 0).contains("md-heading"));
        Set<String> placeholder = classesAt(runs, text.indexOf("{{value") + 2);
        assertTrue(placeholder.contains("md-placeholder") && placeholder.contains("md-problem"), placeholder.toString());
        assertTrue(classesAt(runs, text.indexOf("@fig")).contains("md-ref"));
        assertTrue(classesAt(runs, text.indexOf("[@dolab")).contains("md-cite"));
        assertTrue(classesAt(runs, text.indexOf("Write here")).contains("md-guidance"));
        assertTrue(classesAt(runs, text.indexOf("- item")).contains("md-list-marker"));
        assertTrue(classesAt(runs, text.indexOf("ນ")).contains("lao"));
    }

    private static Set<String> classesAt(List<MarkdownStyler.Run> runs, int offset) {
        int at = 0;
        for (MarkdownStyler.Run r : runs) {
            if (offset < at + r.length()) {
                return r.classes();
            }
            at += r.length();
        }
        return Set.of();
    }

    /** Reaches the package-private split. */
    private static final class EditorViewModelAccess {
        static ChapterText split(String markdown) {
            return EditorViewModel.split("c", "en", markdown);
        }
    }
}
