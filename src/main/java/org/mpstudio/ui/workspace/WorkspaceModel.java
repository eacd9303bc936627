package org.mpstudio.ui.workspace;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ChapterStructureRepository;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.StoreException;
import org.mpstudio.task.TaskRunner;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.common.UndoManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state every panel observes (STYLE section 4): the open profile, its content in memory (including the text
 * being typed), the selected chapter, chapter numbers and figure ids from the last preview, the undo history of
 * structural edits and a status line. Panels never talk to each other, only to this.
 */
public final class WorkspaceModel {

    private final TaskRunner runner;
    private final UiText text;
    private final UndoManager undo = new UndoManager();
    private final ReadOnlyObjectWrapper<ProfileSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProfileContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final StringProperty selectedChapter = new SimpleStringProperty();
    private final ObjectProperty<Map<String, String>> numbers = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<List<String>> figureIds = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<org.mpstudio.model.Problem>> chapterProblems =
            new SimpleObjectProperty<>(List.of());
    private final StringProperty status = new SimpleStringProperty("");
    private final List<Runnable> beforeChange = new ArrayList<>();

    public WorkspaceModel(TaskRunner runner, UiText text) {
        this.runner = runner;
        this.text = text;
    }

    /** A profile file opened and read, ready to show. */
    public record Opened(ProfileSession session, ProfileContent content) {
    }

    /** Opens and reads a profile file: slow for large profiles, so call it off the JavaFX thread. */
    public static Opened load(ProfileSession session) throws StoreException {
        return new Opened(session, session.use(s -> new ProfileRepository(s).load()));
    }

    /** Makes {@code session} the open profile, reading it on the calling thread (tests). */
    public void show(ProfileSession next) throws StoreException {
        show(load(next));
    }

    /** Makes the opened profile the open one, closing the previous one (after its panels saved their work). */
    public void show(Opened opened) {
        show(opened, true);
    }

    /**
     * As {@link #show(Opened)}; without {@code selectFirst} no chapter is selected yet, so that a window on screen
     * can lay out the binder in one frame and the first chapter ({@link #selectFirstChapter}) in the next.
     */
    public void show(Opened opened, boolean selectFirst) {
        ProfileSession next = opened.session();
        ProfileContent loaded = opened.content();
        closeSession();
        undo.clear();
        session.set(next);
        readOnly.set(next.readOnly());
        numbers.set(Map.of());
        if (!selectFirst) {
            selectedChapter.set(null);
        }
        content.set(loaded);
        if (selectFirst) {
            selectFirstChapter();
        }
    }

    /** Selects the open profile's first chapter (none when it has none). */
    public void selectFirstChapter() {
        ProfileContent c = content.get();
        selectedChapter.set(c == null || c.chapters().isEmpty() ? null : c.chapters().get(0).id());
    }

    /** Saves what panels hold and closes the open profile. */
    public void closeSession() {
        flush();
        ProfileSession old = session.get();
        if (old != null) {
            try {
                old.close();
            } catch (Exception e) {
                System.getLogger(WorkspaceModel.class.getName()).log(System.Logger.Level.WARNING, "close failed", e);
            }
            session.set(null);
        }
    }

    /** Registers work to do before a structural change or a close, e.g. the editor writing its pending text. */
    public void onBeforeChange(Runnable flush) {
        beforeChange.add(flush);
    }

    public void flush() {
        beforeChange.forEach(Runnable::run);
    }

    /** Puts an edited chapter text into the content in memory (the store is written by the editor's autosave). */
    public void replaceText(ChapterText edited) {
        ProfileContent c = content.get();
        List<ChapterText> texts = new ArrayList<>(c.texts());
        texts.replaceAll(t -> t.chapterId().equals(edited.chapterId()) && t.lang().equals(edited.lang()) ? edited : t);
        content.set(new ProfileContent(c.meta(), c.chapters(), texts, c.indicators(), c.sources(), c.observations()));
    }

    /** Puts the figures just imported into the content in memory (chapters and texts stay as typed). */
    public void replaceObservations(List<org.mpstudio.model.Observation> observations) {
        ProfileContent c = content.get();
        content.set(new ProfileContent(c.meta(), c.chapters(), c.texts(), c.indicators(), c.sources(), observations));
    }

    /** Re-reads chapters and texts after a structural change, keeping figures and catalogue as they are. */
    public void reloadStructure() throws StoreException {
        ProfileContent c = content.get();
        var chapters = session.get().use(s -> new ChapterStructureRepository(s).chapters());
        var texts = session.get().use(s -> new ChapterStructureRepository(s).texts());
        content.set(new ProfileContent(c.meta(), chapters, texts, c.indicators(), c.sources(), c.observations()));
        if (chapters.stream().noneMatch(ch -> ch.id().equals(selectedChapter.get()))) {
            selectedChapter.set(chapters.isEmpty() ? null : chapters.get(0).id());
        }
    }

    /** The language chapters are edited in: the profile's main language. */
    public String editLanguage() {
        return content.get() == null ? "en" : content.get().meta().mainLanguage();
    }

    public TaskRunner runner() {
        return runner;
    }

    public UiText text() {
        return text;
    }

    public UndoManager undo() {
        return undo;
    }

    public ReadOnlyObjectProperty<ProfileSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProfileContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public StringProperty selectedChapterProperty() {
        return selectedChapter;
    }

    public ObjectProperty<Map<String, String>> numbersProperty() {
        return numbers;
    }

    public ObjectProperty<List<String>> figureIdsProperty() {
        return figureIds;
    }

    /** Problems of the selected chapter from the last render, for the editor's underlines. */
    public ObjectProperty<List<org.mpstudio.model.Problem>> chapterProblemsProperty() {
        return chapterProblems;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
