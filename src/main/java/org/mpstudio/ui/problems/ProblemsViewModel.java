package org.mpstudio.ui.problems;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mpstudio.check.ProfileChecker;
import org.mpstudio.model.Chapter;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Problem;
import org.mpstudio.ui.common.Coalescer;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems panel's state: the check of the whole profile, refreshed in the background when a profile opens and
 * after every save (one check in flight, the newest content wins), and the jump to a problem's chapter and line.
 */
public final class ProblemsViewModel {

    private static final Pattern CHAPTER = Pattern.compile("^chapter (\\S+)(?: \\((\\S+)\\))?$");

    /** One problem as listed: where is the chapter's title or the file; chapterId is empty when not a chapter. */
    public record Row(Problem problem, String chapterId, String where) {
    }

    private final WorkspaceModel workspace;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper checksShown = new ReadOnlyIntegerWrapper();
    /** The content last sent to the check: a status change with the same content needs no second check. */
    private ProfileContent checkedContent;
    private final Coalescer<ProfileContent, List<Problem>> checker;
    private BiConsumer<String, Integer> goToLine = (c, l) -> { };
    private Object checkedSession;

    public ProblemsViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        this.checker = new Coalescer<>(workspace.runner(), "check",
                c -> new ProfileChecker().check(c, ProfileChecker.Options.defaults()), this::show);
        workspace.contentProperty().addListener((o, a, b) -> {
            if (workspace.sessionProperty().get() != checkedSession) {
                refresh();
            }
        });
        workspace.statusProperty().addListener((o, a, b) -> refresh());
    }

    /** Where a jump moves the editor's caret: chapter id and 1-based line (0: the chapter's start). */
    public void onGoToLine(BiConsumer<String, Integer> goToLine) {
        this.goToLine = goToLine;
    }

    /** Checks the content as it is now, in the background. */
    public void refresh() {
        ProfileContent c = workspace.contentProperty().get();
        checkedSession = workspace.sessionProperty().get();
        if (c == null || checkedSession == null) {
            rows.clear();
            checkedContent = null;
            return;
        }
        if (c == checkedContent) {
            return;
        }
        checkedContent = c;
        checker.submit(c);
    }

    private void show(List<Problem> problems) {
        ProfileContent c = workspace.contentProperty().get();
        rows.setAll(problems.stream().sorted(Comparator.comparing((Problem p) -> p.severity())
                .thenComparing(p -> chapterIndex(c, chapterId(p)))
                .thenComparingInt(Problem::line)).map(p -> row(c, p)).toList());
        checksShown.set(checksShown.get() + 1);
    }

    private static int chapterIndex(ProfileContent c, String id) {
        if (c == null || id.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        List<Chapter> chapters = c.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    static String chapterId(Problem p) {
        Matcher m = CHAPTER.matcher(p.where());
        return m.matches() ? m.group(1) : "";
    }

    private static Row row(ProfileContent c, Problem p) {
        String id = chapterId(p);
        if (id.isEmpty() || c == null) {
            return new Row(p, "", p.where());
        }
        Optional<String> title = c.text(id, c.meta().mainLanguage()).map(t -> t.title());
        return new Row(p, id, title.orElse(id));
    }

    /** Opens the problem's chapter in the editor with the caret on its line. */
    public void jump(Row row) {
        if (row == null || row.chapterId().isEmpty()) {
            return;
        }
        workspace.selectedChapterProperty().set(row.chapterId());
        goToLine.accept(row.chapterId(), row.problem().line());
    }

    /** How many check results have been shown so far: it changes once each time the rows are set. */
    public ReadOnlyIntegerProperty checksShownProperty() {
        return checksShown.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }
}
