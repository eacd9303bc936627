package org.mpstudio.ui;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpstudio.ui.editor.MarkdownStyler;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The highlighting in the editor is what the styler says for the text on screen: for a chapter longer than what is
 * highlighted before its first drawing, after a switch from a chapter that starts with a heading, and after edits
 * that the editor restyles only around.
 */
@Tag("gui")
class EditorHighlightScreenTest extends ScreenTestSupport {

    private static final String LATE_HEADING = "## A heading far down";

    /** Plain paragraphs of about {@code chars} characters. */
    private static String plain(int chars) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < chars) {
            sb.append("Paragraph ").append(++n).append(" says something plain about migration and its data, ")
                    .append("without any emphasis, heading or placeholder in it at all.\n\n");
        }
        return sb.toString();
    }

    @Override
    protected Path profile(Path folder) throws Exception {
        String styledLate = plain(3000) + "Early *emphasis* and {{value workers_deployed_contract period=2023}}.\n\n"
                + plain(12_000) + LATE_HEADING + "\n\nLate **strong** text, a late {{value remittances period=2023}}"
                + " and a list:\n\n- one\n- two\n\n" + plain(2000);
        return UiFixtures.small(folder, "Short.", plain(16_000), styledLate);
    }

    /**
     * Where the area's highlighting first differs from the styler's for its text and the chapter's problems, as
     * "index: shown vs expected", or null when they agree (line breaks are left out: RichTextFX gives them the
     * style of the line they end).
     */
    private String difference(CodeArea area) {
        String text = area.getText();
        List<Set<String>> shown = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : area.getStyleSpans(0, area.getLength())) {
            for (int i = 0; i < s.getLength(); i++) {
                shown.add(new HashSet<>(s.getStyle()));
            }
        }
        List<Set<String>> expected = new ArrayList<>();
        for (MarkdownStyler.Run r : MarkdownStyler.style(text, workspace.chapterProblemsProperty().get())) {
            for (int i = 0; i < r.length(); i++) {
                expected.add(new HashSet<>(r.classes()));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n' && !shown.get(i).equals(expected.get(i))) {
                return i + " (\"" + text.substring(Math.max(0, i - 10), Math.min(text.length(), i + 10))
                        + "\"): " + shown.get(i) + " vs " + expected.get(i);
            }
        }
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void highlightingBecomesRight(CodeArea area) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> difference(area)) == null);
        } catch (java.util.concurrent.TimeoutException e) {
            assertNull(onFx(() -> difference(area)), "the editor's highlighting differs at");
        }
    }

    private Set<String> classesAt(FxRobot robot, CodeArea area, int index) throws Exception {
        return onFx(() -> new HashSet<>(area.getStyleOfChar(index)));
    }

    @Test
    void aLongChapterIsHighlightedToItsEnd(FxRobot robot) throws Exception {
        openChapter(robot, "ch1", "Chapter 1");
        CodeArea area = openChapter(robot, "ch3", "Chapter 3");
        assertTrue(area.getLength() > 15_000, "longer than what is highlighted before the first drawing");
        highlightingBecomesRight(area);
        int heading = area.getText().indexOf(LATE_HEADING);
        assertTrue(classesAt(robot, area, heading + 3).contains("md-heading"));
        int strong = area.getText().indexOf("**strong**");
        assertTrue(classesAt(robot, area, strong + 3).contains("md-strong"));
    }

    @Test
    void theRestOfALongChapterDoesNotTakeTheStyleOfTheLastChaptersFirstLine(FxRobot robot) throws Exception {
        CodeArea area = openChapter(robot, "ch1", "Chapter 1");
        assertTrue(classesAt(robot, area, 0).contains("md-heading"), "the last chapter starts with its heading");
        // the style the new text has as it arrives, before anything restyles it
        List<Set<String>> atArrival = new ArrayList<>();
        javafx.beans.value.ChangeListener<String> arrival = (o, a, text) -> {
            if (text.startsWith("# Chapter 2") && atArrival.isEmpty()) {
                atArrival.add(new HashSet<>(area.getStyleOfChar(text.length() - 10)));
            }
        };
        robot.interact(() -> area.textProperty().addListener(arrival));
        openChapter(robot, "ch2", "Chapter 2");
        robot.interact(() -> area.textProperty().removeListener(arrival));
        assertEquals(List.of(Set.of()), atArrival, "the new text arrives unstyled");
        highlightingBecomesRight(area);
        assertEquals(Set.of(), classesAt(robot, area, area.getLength() - 10), "plain text at the end stays plain");
    }

    @Test
    void editsAreRestyledWhereTheyHappen(FxRobot robot) throws Exception {
        openChapter(robot, "ch1", "Chapter 1");
        CodeArea area = openChapter(robot, "ch3", "Chapter 3");
        highlightingBecomesRight(area);
        robot.interact(() -> area.insertText(area.getText().indexOf("Paragraph 40 "), "Now **bold** here. "));
        highlightingBecomesRight(area);
        assertTrue(classesAt(robot, area, area.getText().indexOf("**bold**") + 3).contains("md-strong"));

        // a heading typed near the end, then the late heading's marks taken away
        robot.interact(() -> area.insertText(area.getText().lastIndexOf("Paragraph"), "\n## Typed heading\n\n"));
        highlightingBecomesRight(area);
        robot.interact(() -> {
            int at = area.getText().indexOf(LATE_HEADING);
            area.deleteText(at, at + 3);
        });
        highlightingBecomesRight(area);
        int was = area.getText().indexOf("A heading far down");
        assertEquals(Set.of(), classesAt(robot, area, was + 2), "no longer a heading");
        assertTrue(classesAt(robot, area, area.getText().indexOf("## Typed heading") + 4).contains("md-heading"));

        // a placeholder broken in the middle of the chapter loses its colour
        robot.interact(() -> {
            int at = area.getText().indexOf("{{value workers_deployed_contract");
            area.deleteText(at, at + 2);
        });
        highlightingBecomesRight(area);
        int broken = area.getText().indexOf("value workers_deployed_contract");
        assertEquals(Set.of(), classesAt(robot, area, broken + 2));
    }
}
