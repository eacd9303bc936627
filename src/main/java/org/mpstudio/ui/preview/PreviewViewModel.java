package org.mpstudio.ui.preview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.template.ResolutionCache;
import org.mpstudio.ui.common.Coalescer;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.List;
import java.util.Map;

/**
 * Renders the selected chapter from the content in memory whenever it changes (typing included): the document is
 * built in the background, newest text wins, and only that chapter's blocks and problems are kept. Chapter numbers
 * and figure ids of the whole document go to the workspace for the binder and completion.
 */
public final class PreviewViewModel {

    /** What one render produced. */
    public record Rendered(String chapterId, List<Block> blocks, List<Problem> problems, Map<String, String> numbers,
                           List<String> figureIds, Map<String, String> words) {
    }

    private record Request(ProfileContent content, String chapterId) {
    }

    private final WorkspaceModel workspace;
    private final ReadOnlyObjectWrapper<Rendered> rendered = new ReadOnlyObjectWrapper<>();
    private final Coalescer<Request, Rendered> coalescer;
    private final DocumentBuilder builder = new DocumentBuilder(new ResolutionCache());

    public PreviewViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        this.coalescer = new Coalescer<>(workspace.runner(), "preview", this::render, this::show);
        workspace.contentProperty().addListener((o, a, b) -> request());
        workspace.selectedChapterProperty().addListener((o, a, b) -> request());
        request();
    }

    public ReadOnlyObjectProperty<Rendered> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    private void request() {
        ProfileContent c = workspace.contentProperty().get();
        String chapter = workspace.selectedChapterProperty().get();
        // a profile just opened comes with the old selection; the workspace selects one of its chapters next
        boolean fits = chapter == null ? c == null || c.chapters().isEmpty()
                : c != null && c.chapters().stream().anyMatch(ch -> ch.id().equals(chapter));
        if (c != null && fits) {
            coalescer.submit(new Request(c, chapter));
        }
    }

    private void show(Rendered r) {
        // what the render says of the whole profile first, then the render itself: start-up shows the window when
        // the render arrives, and the binder's chapter numbers are then in the layout drawn before it shows (set
        // after, they had the window's first frame lay out and style the binder again, 50-90 ms)
        workspace.chapterProblemsProperty().set(r.problems());
        if (!r.numbers().equals(workspace.numbersProperty().get())) {
            workspace.numbersProperty().set(r.numbers());
        }
        if (!r.figureIds().equals(workspace.figureIdsProperty().get())) {
            workspace.figureIdsProperty().set(r.figureIds());
        }
        rendered.set(r);
    }

    /** Runs on the coalescer's worker, one render at a time; unchanged chapters come from the builder's cache. */
    private Rendered render(Request request) {
        ProfileContent content = request.content();
        String lang = content.meta().mainLanguage();
        DocumentBuilder.ChapterResult r = builder.buildChapter(content, lang, request.chapterId());
        return new Rendered(request.chapterId(), r.blocks(), r.problems(), r.chapterNumbers(), r.figureIds(),
                r.words());
    }
}
