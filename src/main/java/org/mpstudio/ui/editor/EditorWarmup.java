package org.mpstudio.ui.editor;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.ChapterParser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the editor's chapter switch a few times out of sight, on the open profile's own chapters, once start-up is
 * over. The first switch to a long chapter otherwise runs RichTextFX's code cold (interpreted, its lambdas still to
 * be made): on two cores, selecting a 30-page chapter held the window 80-150 ms, its handler alone 30-50 ms. The
 * texts, documents and highlighting are made on a background thread; each piece on the JavaFX thread is one step of a
 * switch in an area set up as the editor's, in a small scene of its own that is never shown (a document put in; a
 * layout; highlighting put in; a keystroke; a jump down the text), done {@link #GAP} apart so the window stays free
 * between them: each took 2-40 ms there. The warm-up touches neither the workspace nor the window; should a piece
 * fail, the rest are dropped and the failure logged: it only costs the speed-up. {@code -Dmpstudio.noWarmup=true}
 * does nothing.
 */
public final class EditorWarmup {

    /** How much text the last switch of the warm-up puts in: about as long as a profile's longest chapters. */
    static final int TEXT_CHARS = 60_000;
    private static final Duration FIRST = Duration.millis(2000);
    private static final Duration GAP = Duration.millis(150);
    private static final System.Logger LOG = System.getLogger(EditorWarmup.class.getName());

    private final CodeArea area = new CodeArea();
    private final Deque<Runnable> left = new ArrayDeque<>();
    private final PauseTransition next;
    /** Completes with the area once the last piece ran (with null when there was no text to warm up with). */
    private final CompletableFuture<CodeArea> done;

    private EditorWarmup(Duration gap, CompletableFuture<CodeArea> done) {
        this.done = done;
        EditorView.configure(area);
        StackPane root = new StackPane();
        Scene scene = new Scene(root, 520, 260);
        scene.getStylesheets().add(EditorWarmup.class.getResource("/org/mpstudio/ui/base.css").toExternalForm());
        // into the scene once the palette is there: its first line is styled at once, and would miss the colours
        root.getChildren().add(area);
        layOut();
        next = new PauseTransition(gap);
        next.setOnFinished(e -> {
            try {
                left.poll().run();
            } catch (RuntimeException ex) {
                LOG.log(System.Logger.Level.WARNING, "editor warm-up stopped", ex);
                left.clear();
                done.completeExceptionally(ex);
                return;
            }
            if (left.isEmpty()) {
                done.complete(area);
            } else {
                next.playFromStart();
            }
        });
    }

    /**
     * Starts the warm-up for {@code content}'s chapters {@link #FIRST} from now and returns at once; call on the
     * JavaFX thread. A profile with no chapter text is not warmed.
     */
    public static void runInPieces(ProfileContent content) {
        if (!Boolean.getBoolean("mpstudio.noWarmup") && content != null) {
            start(content, FIRST, GAP);
        }
    }

    /**
     * Starts the warm-up after {@code first}, its pieces {@code gap} apart; the result completes with the warm-up's
     * area once the last piece ran (with {@code null} when there was no text to warm up with).
     */
    static CompletableFuture<CodeArea> start(ProfileContent content, Duration first, Duration gap) {
        CompletableFuture<CodeArea> result = new CompletableFuture<>();
        PauseTransition wait = new PauseTransition(first);
        wait.setOnFinished(e -> new EditorWarmup(gap, result).prepare(content));
        wait.play();
        return result;
    }

    /** Makes the texts, documents and highlighting in the background, then runs the pieces. */
    private void prepare(ProfileContent content) {
        Thread t = new Thread(() -> {
            try {
                String text = text(content);
                if (text.isBlank()) {
                    done.complete(null);
                    return;
                }
                // three switches, each to a longer text, starting at other lines
                List<EditorView.ChapterDocument> docs = List.of(
                        EditorView.chapterDocument(area, part(text, 0, TEXT_CHARS / 4)),
                        EditorView.chapterDocument(area, part(text, text.length() / 3, TEXT_CHARS / 2)),
                        EditorView.chapterDocument(area, part(text, text.length() / 2, TEXT_CHARS)));
                List<MarkdownStyler.Run> styled = MarkdownStyler.style(part(text, text.length() / 3,
                        TEXT_CHARS / 2), List.of());
                Platform.runLater(() -> {
                    left.add(() -> area.replace(0, area.getLength(), docs.get(0).document()));
                    left.add(this::layOut);
                    left.add(() -> area.replace(0, area.getLength(), docs.get(1).document()));
                    left.add(this::layOut);
                    // the background highlighting arriving for the whole text
                    left.add(() -> area.setStyleSpans(0, EditorView.spans(styled)));
                    left.add(this::layOut);
                    left.add(this::type);
                    left.add(() -> scroll(1, 4));
                    left.add(() -> scroll(2, 4));
                    left.add(() -> scroll(3, 4));
                    left.add(() -> area.replace(0, area.getLength(), docs.get(2).document()));
                    left.add(this::layOut);
                    next.play();
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "editor warm-up not started", e);
                done.completeExceptionally(e);
            }
        }, "mpstudio-editor-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The profile's chapters in the main language, one after the other, up to about {@link #TEXT_CHARS}. */
    static String text(ProfileContent content) {
        StringBuilder sb = new StringBuilder();
        String lang = content.meta().mainLanguage();
        for (Chapter chapter : content.chapters()) {
            content.text(chapter.id(), lang).ifPresent(t -> sb.append(ChapterParser.markdown(t)).append('\n'));
            if (sb.length() >= TEXT_CHARS) {
                break;
            }
        }
        return sb.toString();
    }

    /**
     * Whole lines of {@code text}, about {@code length} characters of them (the line that crosses {@code length}
     * ends the part), from the first line that starts at or after {@code from}, going on from the top when the text
     * ends first.
     */
    static String part(String text, int from, int length) {
        int nl = from <= 0 ? -1 : text.indexOf('\n', Math.min(from, text.length()) - 1);
        int at = nl < 0 ? 0 : nl + 1;
        String rotated = text.substring(at) + text.substring(0, at);
        int end = rotated.length() <= length ? -1 : rotated.indexOf('\n', length);
        return end < 0 ? rotated : rotated.substring(0, end + 1);
    }

    /** A keystroke in the middle of the text, laid out. */
    private void type() {
        int at = area.getLength() / 2;
        area.moveTo(at);
        area.replaceText(at, at, "x");
        area.requestFollowCaret();
        layOut();
    }

    /** A jump {@code part / of} of the way down, laid out. */
    private void scroll(int part, int of) {
        area.showParagraphAtTop(area.getParagraphs().size() * part / of);
        layOut();
    }

    private void layOut() {
        area.getParent().applyCss();
        area.getParent().layout();
    }
}
