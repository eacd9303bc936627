package org.mpstudio.ui.preview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.template.DocumentBuilder;
import org.mpstudio.ui.common.Coalescer;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the selected chapter from the content in memory whenever it changes (typing included): the document is
 * built in the background, newest text wins, and only that chapter's blocks and problems are kept. Chapter numbers
 * and figure ids of the whole document go to the workspace for the binder and completion, and the whole resolved
 * profile for the cross-reference dialog.
 */
public final class PreviewViewModel {

    /** What one render produced: the selected chapter's part, and the whole resolved profile it came from. */
    public record Rendered(String chapterId, List<Block> blocks, List<Problem> problems, Map<String, String> numbers,
                           List<String> figureIds, Map<String, String> words, DocumentBuilder.Result resolved) {
    }

    private record Request(ProfileContent content, String chapterId) {
    }

    private final WorkspaceModel workspace;
    private final ReadOnlyObjectWrapper<Rendered> rendered = new ReadOnlyObjectWrapper<>();
    private final Coalescer<Request, Rendered> coalescer;

    public PreviewViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        this.coalescer = new Coalescer<>(workspace.runner(), "preview", PreviewViewModel::render, this::show);
        workspace.contentProperty().addListener((o, a, b) -> request());
        workspace.selectedChapterProperty().addListener((o, a, b) -> request());
        request();
    }

    public ReadOnlyObjectProperty<Rendered> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    private void request() {
        ProfileContent c = workspace.contentProperty().get();
        if (c != null) {
            coalescer.submit(new Request(c, workspace.selectedChapterProperty().get()));
        }
    }

    private void show(Rendered r) {
        rendered.set(r);
        workspace.chapterProblemsProperty().set(r.problems());
        workspace.resolvedProperty().set(r.resolved());
        if (!r.numbers().equals(workspace.numbersProperty().get())) {
            workspace.numbersProperty().set(r.numbers());
        }
        if (!r.figureIds().equals(workspace.figureIdsProperty().get())) {
            workspace.figureIdsProperty().set(r.figureIds());
        }
    }

    static Rendered render(Request request) {
        ProfileContent content = request.content();
        String lang = content.meta().mainLanguage();
        DocumentBuilder.Result result = new DocumentBuilder().build(content, lang, LocalDate.now().toString());
        Document doc = result.document();
        List<Block> blocks = new ArrayList<>();
        Map<String, String> numbers = new HashMap<>();
        List<String> figureIds = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.span().chapterId().equals(request.chapterId())) {
                blocks.add(b);
            }
            if (b instanceof Block.Heading h && h.id().startsWith("sec:")
                    && h.id().substring(4).equals(b.span().chapterId())) {
                numbers.put(b.span().chapterId(), h.number());
            } else if (b instanceof Block.ChartBlock || b instanceof Block.TableBlock) {
                figureIds.add(b.id());
            }
        }
        String where = "chapter " + request.chapterId() + " (" + lang + ")";
        List<Problem> problems = result.problems().stream().filter(p -> p.where().equals(where)).toList();
        return new Rendered(request.chapterId(), blocks, problems, numbers, figureIds, doc.words(), result);
    }
}
