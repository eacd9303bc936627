package org.mpstudio.ui.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ChapterDraftRepository;
import org.mpstudio.store.ChapterRepository;
import org.mpstudio.ui.workspace.ProfileSession;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The editor's logic: which chapter text is loaded, what was typed, and saving it. Autosave writes the text row
 * only; a revision is recorded at most every five minutes, on chapter switch and on an explicit save, so the
 * history is not one revision per keystroke.
 */
public final class EditorViewModel {

    static final Duration REVISION_EVERY = Duration.ofMinutes(5);
    private static final String AUTHOR = System.getProperty("user.name", "editor");

    private final WorkspaceModel workspace;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ChapterText> loaded = new ReadOnlyObjectWrapper<>();
    private ChapterText current;
    private boolean dirty;
    private boolean revisionDue;
    private Instant lastRevision;
    private long generation;
    /** The newest generation written; read and written only inside {@link ProfileSession#use}. */
    private long written;

    public EditorViewModel(WorkspaceModel workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.lastRevision = clock.instant();
        workspace.selectedChapterProperty().addListener((o, a, b) -> load(b));
        workspace.sessionProperty().addListener((o, a, b) -> load(workspace.selectedChapterProperty().get()));
        workspace.onBeforeChange(this::saveNow);
    }

    /** The chapter text put into the editor on a chapter switch; the view replaces its text when it changes. */
    public ReadOnlyObjectProperty<ChapterText> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty;
    }

    private void load(String chapterId) {
        saveNow();
        ProfileContent c = workspace.contentProperty().get();
        ChapterText text = chapterId == null || c == null ? null
                : c.text(chapterId, c.meta().mainLanguage()).orElse(null);
        current = text;
        dirty = false;
        loaded.set(text);
    }

    /** The drafter changed the text to {@code markdown} (the full chapter, title line first). */
    public void edited(String markdown) {
        if (current == null || workspace.readOnlyProperty().get()) {
            return;
        }
        ChapterText text = split(current.chapterId(), current.lang(), markdown);
        if (text.equals(current)) {
            return;
        }
        current = text;
        dirty = true;
        generation++;
        workspace.replaceText(text);
    }

    /** Autosave: writes the text in the background; records a revision when the last one is old enough. */
    public void autosave() {
        if (!dirty) {
            return;
        }
        ChapterText text = current;
        long gen = generation;
        boolean revision = Duration.between(lastRevision, clock.instant()).compareTo(REVISION_EVERY) >= 0;
        ProfileSession session = workspace.sessionProperty().get();
        dirty = false;
        revisionDue = true;
        workspace.runner().run("autosave", () -> write(session, text, gen, revision), ok -> saved(revision),
                e -> failed(e, text));
    }

    /** Saves now, with a revision, on this thread: on chapter switch, before structural edits, on Ctrl+S and close. */
    public void saveNow() {
        ProfileSession session = workspace.sessionProperty().get();
        if (current == null || session == null || session.readOnly() || (!dirty && !revisionDue)) {
            return;
        }
        try {
            write(session, current, generation, true);
            dirty = false;
            saved(true);
        } catch (Exception e) {
            failed(e, current);
        }
    }

    /**
     * Replaces a chapter's text with {@code text} (e.g. an old revision from the history): saves what the editor
     * holds, then saves {@code text} at once as a revision noted {@code note}, puts it into the content in memory and,
     * when it is the loaded chapter, into the editor (whose text history starts again). A queued autosave of older
     * text cannot overwrite it.
     */
    public void restore(ChapterText text, String note) throws Exception {
        ProfileSession session = workspace.sessionProperty().get();
        if (session == null || session.readOnly()) {
            throw new IllegalStateException("the profile is read-only");
        }
        saveNow();
        generation++;
        write(session, text, generation, true, note);
        workspace.replaceText(text);
        if (current != null && current.chapterId().equals(text.chapterId()) && current.lang().equals(text.lang())) {
            current = text;
            dirty = false;
            loaded.set(null);
            loaded.set(text);
        }
        saved(true);
    }

    private Void write(ProfileSession session, ChapterText text, long gen, boolean revision) throws Exception {
        return write(session, text, gen, revision, "editor");
    }

    /** Writes unless a newer text was written meanwhile (a chapter switch can overtake a queued autosave). */
    private Void write(ProfileSession session, ChapterText text, long gen, boolean revision, String note)
            throws Exception {
        session.use(s -> {
            if (gen < written) {
                return null;
            }
            written = gen;
            if (revision) {
                new ChapterRepository(s).saveText(text, AUTHOR, note);
            } else {
                new ChapterDraftRepository(s).saveDraft(text);
            }
            return null;
        });
        return null;
    }

    private void saved(boolean revision) {
        if (revision) {
            lastRevision = clock.instant();
            revisionDue = false;
        }
        workspace.statusProperty().set(workspace.text().get("status.saved",
                java.time.LocalTime.now(clock).withNano(0).toString()));
    }

    private void failed(Exception e, ChapterText text) {
        if (text == current) {
            dirty = true;
        }
        workspace.statusProperty().set(workspace.text().get("status.saveFailed", String.valueOf(e.getMessage())));
    }

    /** Splits the editor's text back into title (the first line, without "# ") and body (after the blank line). */
    static ChapterText split(String chapterId, String lang, String markdown) {
        int nl = markdown.indexOf('\n');
        String first = nl < 0 ? markdown : markdown.substring(0, nl);
        String rest = nl < 0 ? "" : markdown.substring(nl + 1);
        String title = first.startsWith("#") ? first.replaceFirst("^#+\\s*", "") : first;
        if (rest.startsWith("\n")) {
            rest = rest.substring(1);
        }
        return new ChapterText(chapterId, lang, title.strip(), rest);
    }
}
