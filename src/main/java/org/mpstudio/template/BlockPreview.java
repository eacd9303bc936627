package org.mpstudio.template;

import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Period;
import org.mpstudio.model.Problem;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.ChartData;
import org.mpstudio.model.doc.SourceSpan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code chart} or {@code table} fenced block resolved on its own, the way a draft resolves it (same parser,
 * spec reader and block builders) but unnumbered: what the insert dialogs show before the block is inserted.
 * Immutable after construction and safe to use from any one thread at a time.
 */
public final class BlockPreview {

    private static final String CHAPTER = "preview";

    private final FigureSource figures;
    private final String lang;

    /** @param lang the language of the chapter the block goes into: labels and number formats */
    public BlockPreview(ProfileContent content, String lang) {
        this.figures = new ContentFigureSource(content);
        this.lang = lang;
    }

    /** The block a fenced block resolved to (empty when it did not) and the problems met on the way. */
    public record Result(Optional<Block> block, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** True when the block shows at least one figure. */
        public boolean hasData() {
            return block.map(BlockPreview::hasData).orElse(false);
        }
    }

    /** Resolves {@code fence}, the Markdown of one chart or table fenced block (other text is ignored). */
    public Result resolve(String fence) {
        ResolvedChapter rc = new ChapterResolver(figures).resolve(new ChapterText(CHAPTER, lang, CHAPTER, fence));
        FigureBlocks blocks = new FigureBlocks(figures, new SourceNames(figures, lang), new CodeLabels(lang),
                new FigureFormatter(lang));
        SourceSpan span = new SourceSpan(CHAPTER, 1, 1);
        Optional<Block> block = rc.charts().values().stream().findFirst()
                .<Block>map(spec -> blocks.chart(spec, "", span))
                .or(() -> rc.tables().values().stream().findFirst().map(spec -> blocks.table(spec, "", span)));
        return new Result(block, rc.problems());
    }

    /**
     * The periods, oldest first, in which the indicator has figures whose dimensions are exactly those pinned by
     * {@code filters} plus those laid out along {@code axes} (the rule charts and tables select figures by).
     */
    public List<Period> periodsWithData(String indicatorId, Map<String, String> filters, Set<String> axes) {
        return new FigureSelection(figures.observations(indicatorId), filters, axes, List.of())
                .values("period", List.of()).stream().map(p -> Period.parse(p).orElseThrow()).toList();
    }

    private static boolean hasData(Block block) {
        if (block instanceof Block.ChartBlock c) {
            return c.data().series().stream().map(ChartData.Series::values).flatMap(List::stream)
                    .anyMatch(v -> v != null);
        }
        if (block instanceof Block.TableBlock t) {
            return t.rows().stream().flatMap(r -> r.stream().skip(1)).anyMatch(v -> !v.equals(TableBuilder.NO_FIGURE));
        }
        return false;
    }
}
