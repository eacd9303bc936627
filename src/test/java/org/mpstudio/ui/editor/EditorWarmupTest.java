package org.mpstudio.ui.editor;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.ChapterParser;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's warm-up takes the profile's chapters in order, runs all its pieces in an area of its own that is never
 * shown, and ends holding its last (and longest) text, highlighted as a chapter switch highlights it.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class EditorWarmupTest {

    /** Held here: the logging system keeps loggers only as long as someone does. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private static ProfileContent sample;
    private Stage stage;

    @BeforeAll
    static void read() throws Exception {
        sample = ProfileFolder.read(Path.of(System.getProperty("mpstudio.projectRoot", "."),
                "sample-profiles/viet-nam"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("window")), 200, 100));
        stage.show();
    }

    @Test
    void theTextIsTheChaptersInOrderUpToTheLimit() {
        String text = EditorWarmup.text(sample);
        assertTrue(text.length() >= EditorWarmup.TEXT_CHARS, "the sample has more than enough text");
        String lang = sample.meta().mainLanguage();
        int at = 0;
        int chapters = 0;
        for (Chapter chapter : sample.chapters()) {
            String markdown = ChapterParser.markdown(sample.text(chapter.id(), lang).orElseThrow()) + "\n";
            if (at >= text.length()) {
                break;
            }
            assertEquals(markdown, text.substring(at, at + markdown.length()), "chapter " + chapter.id());
            at += markdown.length();
            chapters++;
        }
        assertEquals(text.length(), at, "whole chapters, nothing else");
        assertTrue(chapters > 1 && chapters < sample.chapters().size(), "stops after the limit: " + chapters);
    }

    @Test
    void aPartIsWholeLinesFromTheGivenPlaceOnGoingOnFromTheTop() {
        String text = "one\ntwo\nthree\nfour\n";
        assertEquals(text, EditorWarmup.part(text, 0, 100));
        assertEquals("one\ntwo\n", EditorWarmup.part(text, 0, 5), "the line crossing the length ends the part");
        assertEquals("two\nthree\nfour\none\n", EditorWarmup.part(text, 4, 100), "from the line starting there");
        assertEquals("three\nfour\none\ntwo\n", EditorWarmup.part(text, 5, 100), "from the next line start");
        assertEquals("four\none\n", EditorWarmup.part(text, 14, 6));
        assertEquals(text, EditorWarmup.part(text, 99, 100), "past the end: from the top");
    }

    @Test
    void thePiecesRunOutOfSightAndEndWithTheLongestText(FxRobot robot) throws Exception {
        // JavaFX logs what its style sheets could not resolve; an area styled before its scene had the palette
        // (base.css) logged that for every start
        List<String> cssWarnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                cssWarnings.add(String.valueOf(r.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CSS_LOG.addHandler(handler);
        CompletableFuture<CodeArea> done = WaitForAsyncUtils.asyncFx(() -> EditorWarmup.start(sample,
                Duration.millis(1), Duration.millis(1))).get(10, TimeUnit.SECONDS);
        CodeArea area;
        try {
            area = done.get(60, TimeUnit.SECONDS);
        } finally {
            CSS_LOG.removeHandler(handler);
        }
        assertNotNull(area);
        assertEquals(List.of(), cssWarnings, "style sheet warnings");
        String text = EditorWarmup.text(sample);
        String last = EditorWarmup.part(text, text.length() / 2, EditorWarmup.TEXT_CHARS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(last, area.getText(), "the last piece put in the longest text");
            assertNull(area.getScene().getWindow(), "its scene is in no window");
            assertTrue(stage.getScene().lookup(".md-editor") == null, "nothing was added to the window");
            // highlighted as the editor highlights a chapter it switches to: its first 10,000 characters
            int cut = last.indexOf('\n', EditorView.SYNC_STYLE_CHARS) + 1;
            List<MarkdownStyler.Run> runs = MarkdownStyler.style(last.substring(0, cut), List.of());
            int at = 0;
            int checked = 0;
            for (MarkdownStyler.Run run : runs) {
                // the first character of the run that is not a line end (at one, the area gives the line's style)
                int c = at;
                while (c < at + run.length() && last.charAt(c) == '\n') {
                    c++;
                }
                if (c < at + run.length()) {
                    assertEquals(run.classes(), java.util.Set.copyOf(area.getStyleOfChar(c)), "style at " + c);
                    checked += run.classes().isEmpty() ? 0 : 1;
                }
                at += run.length();
            }
            assertTrue(checked > 10, "styled runs checked: " + checked);
            assertTrue(area.getStyleOfChar(last.length() - 2).isEmpty(), "the rest unstyled");
        });
    }

    @Test
    void aProfileWithoutChaptersIsNotWarmedUp() throws Exception {
        ProfileContent empty = new ProfileContent(sample.meta(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        CompletableFuture<CodeArea> done = WaitForAsyncUtils.asyncFx(() -> EditorWarmup.start(empty,
                Duration.millis(1), Duration.millis(1))).get(10, TimeUnit.SECONDS);
        assertNull(done.get(30, TimeUnit.SECONDS));
    }
}
