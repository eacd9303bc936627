package org.mpstudio.template;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.i18n.Messages;
import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.Source;
import org.mpstudio.model.TableSpec;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.model.doc.SourceSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the resolved document of a profile in one language: numbered headings, paragraphs and lists with figures,
 * cross-references and citations turned into text, charts and tables numbered per chapter, the sources list and
 * acronyms. Guidance blocks are left out. Never fails: what cannot be resolved is marked visibly in the blocks
 * and reported in {@link Result#problems()}.
 */
public final class DocumentBuilder {

    /**
     * The document, the problems met on the way (the same as {@code check} reports for these chapters), and the text
     * a cross-reference to each block id prints ({@code fig:x} -> "Figure 3.2", {@code sec:x} -> "section 2.1").
     */
    public record Result(Document document, List<org.mpstudio.model.Problem> problems,
                         Map<String, String> references) {
        public Result {
            problems = List.copyOf(problems);
            references = Map.copyOf(references);
        }
    }

    /**
     * One chapter's blocks, numbered as in the whole document.
     *
     * @param problems       the problems located in this chapter, cross-chapter ones included
     * @param chapterNumbers every chapter's number label by chapter id ("3", "Part A", "Annex 1"; empty if unnumbered)
     * @param figureIds      the ids of every chart and table of the profile ({@code fig:x}, {@code tbl:y}), in order
     * @param words          the document words of the language, as {@link Document#words()}
     */
    public record ChapterResult(List<Block> blocks, List<org.mpstudio.model.Problem> problems,
                                Map<String, String> chapterNumbers, List<String> figureIds,
                                Map<String, String> words) {
    }

    private final ResolutionCache cache;

    /** A builder that resolves every chapter afresh. */
    public DocumentBuilder() {
        this(new ResolutionCache());
    }

    /** A builder that reuses, through {@code cache}, the chapters resolved by earlier builds and not changed since. */
    public DocumentBuilder(ResolutionCache cache) {
        this.cache = cache;
    }

    public Result build(ProfileContent content, String lang, String exportDate) {
        Parts parts = prepare(content, lang);
        List<Block> blocks = new ArrayList<>();
        for (ResolvedChapter rc : parts.resolved().chapters()) {
            parts.blocks().add(rc, content.text(rc.chapterId(), lang).orElseThrow().title(), blocks);
        }
        List<Document.SourceEntry> sourceList = new ArrayList<>();
        for (Source s : parts.blocks().sources().used()) {
            sourceList.add(new Document.SourceEntry(s.id(), sourceEntry(s), s.url()));
        }
        CodeLabels labels = parts.blocks().labels();
        Document.Meta meta = new Document.Meta(content.meta().title(), labels.country(content.meta().country()),
                content.meta().ministry(), content.meta().edition(), lang, exportDate);
        Document doc = new Document(meta, blocks, sourceList, Acronyms.collect(blocks), parts.words().words("word."));
        return new Result(doc, parts.resolved().problems(), parts.blocks().refs().text());
    }

    /**
     * Builds the blocks of one chapter only, as {@link #build} would number them; what spans the whole profile
     * (numbering, cross-references, ids defined twice) is still worked out over every chapter, from the cache
     * where the text has not changed. Used by the live preview, which shows one chapter at a time.
     */
    public ChapterResult buildChapter(ProfileContent content, String lang, String chapterId) {
        Parts parts = prepare(content, lang);
        List<Block> blocks = new ArrayList<>();
        Map<String, String> numbers = new HashMap<>();
        List<String> figureIds = new ArrayList<>();
        for (ResolvedChapter rc : parts.resolved().chapters()) {
            numbers.put(rc.chapterId(), parts.blocks().numbering().of(rc.chapterId()).label());
            rc.charts().values().forEach(c -> figureIds.add("fig:" + c.id()));
            rc.tables().values().forEach(t -> figureIds.add("tbl:" + t.id()));
            if (rc.chapterId().equals(chapterId)) {
                parts.blocks().add(rc, content.text(rc.chapterId(), lang).orElseThrow().title(), blocks);
            }
        }
        String where = "chapter " + chapterId + " (" + lang + ")";
        List<org.mpstudio.model.Problem> problems = parts.resolved().problems().stream()
                .filter(p -> p.where().equals(where)).toList();
        return new ChapterResult(blocks, problems, numbers, figureIds, parts.words().words("word."));
    }

    private record Parts(ProfileResolver.Result resolved, Messages words, ChapterBlocks blocks) {
    }

    private Parts prepare(ProfileContent content, String lang) {
        ProfileResolver.Result resolved = new ProfileResolver().resolve(content, lang, cache);
        Messages words = Messages.forLanguage(lang);
        FigureSource figures = cache.figures(content);
        Numbering numbering = new Numbering(content.chapters(), words.get("word.part"), words.get("word.annex"));
        Labels refLabels = Labels.assign(resolved.chapters(), numbering, words);
        ChapterBlocks chapterBlocks = new ChapterBlocks(figures, new SourceNames(figures, lang), new CodeLabels(lang),
                new FigureFormatter(lang), refLabels, numbering);
        return new Parts(resolved, words, chapterBlocks);
    }

    private static String sourceEntry(Source s) {
        StringBuilder sb = new StringBuilder(s.agency().isEmpty() ? s.title() : s.agency());
        if (!s.year().isEmpty()) {
            sb.append(" (").append(s.year()).append(')');
        }
        if (!s.agency().isEmpty() && !s.title().isEmpty()) {
            sb.append(". ").append(s.title());
        }
        return InlineBuilder.nfc(sb.append('.').toString());
    }

    /** Turns one resolved chapter into blocks. */
    private record ChapterBlocks(FigureSource figures, SourceNames sources, CodeLabels labels, FigureFormatter format,
                                 Labels refs, Numbering numbering) {

        void add(ResolvedChapter rc, String title, List<Block> out) {
            Numbering.ChapterNumber number = numbering.of(rc.chapterId());
            InlineBuilder inline = new InlineBuilder(rc.inlineText(), refs.text(), sources);
            SourceLines lines = new SourceLines(rc.ast().getChars());
            int[] counters = new int[3];
            boolean first = true;
            for (Node n = rc.ast().getFirstChild(); n != null; n = n.getNext()) {
                SourceSpan span = new SourceSpan(rc.chapterId(), lines.line(n.getStartOffset()),
                        lines.line(Math.max(n.getStartOffset(), n.getEndOffset() - 1)));
                String pid = rc.chapterId() + ".";
                if (n instanceof Heading h && first && h.getLevel() == 1) {
                    out.add(new Block.Heading("sec:" + rc.chapterId(), number.level(), number.label(),
                            List.of(Inline.Text.plain(InlineBuilder.nfc(title))), span));
                } else if (n instanceof Heading h) {
                    String id = refs.headingId(h, rc.chapterId(), ++counters[0]);
                    out.add(new Block.Heading(id, Math.min(4, number.level() + h.getLevel() - 1),
                            refs.numberOf(id), stripId(inline.runs(h)), span));
                } else if (n instanceof Paragraph p) {
                    out.add(new Block.Paragraph(pid + "p" + ++counters[1], inline.runs(p), span));
                } else if (n instanceof BlockQuote q) {
                    List<Inline> runs = new ArrayList<>();
                    for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                        runs.addAll(inline.runs(c));
                    }
                    out.add(new Block.Quote(pid + "q" + ++counters[2], runs, span));
                } else if (n instanceof BulletList || n instanceof OrderedList) {
                    List<Block.ListItem> items = new ArrayList<>();
                    listItems(n, 0, inline, items);
                    out.add(new Block.ListBlock(pid + "l" + ++counters[2], items, span));
                } else if (n instanceof FencedCodeBlock f) {
                    fenced(rc, f, span, out);
                } else if (n instanceof IndentedCodeBlock c) {
                    out.add(new Block.Paragraph(pid + "p" + ++counters[1], List.of(new Inline.Text(
                            c.getContentChars().toString().stripTrailing(), java.util.Set.of(Inline.Style.CODE))), span));
                }
                first = false;
            }
        }

        private void fenced(ResolvedChapter rc, FencedCodeBlock f, SourceSpan span, List<Block> out) {
            ChartSpec chart = rc.charts().get(f);
            TableSpec table = rc.tables().get(f);
            String info = f.getInfo().toString().strip();
            FigureBlocks figureBlocks = new FigureBlocks(figures, sources, labels, format);
            if (chart != null) {
                out.add(figureBlocks.chart(chart, refs.numberOf("fig:" + chart.id()), span));
            } else if (table != null) {
                out.add(figureBlocks.table(table, refs.numberOf("tbl:" + table.id()), span));
            } else if (info.equals("chart") || info.equals("table")) {
                out.add(new Block.Paragraph(rc.chapterId() + ".x" + span.startLine(), List.of(new Inline.Missing(
                        "[" + info + " could not be drawn: see the problems of chapter " + rc.chapterId() + ", line "
                                + span.startLine() + "]")), span));
            }
        }

        private static void listItems(Node list, int depth, InlineBuilder inline, List<Block.ListItem> out) {
            boolean ordered = list instanceof OrderedList;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                List<Inline> runs = new ArrayList<>();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof BulletList || c instanceof OrderedList) {
                        continue;
                    }
                    runs.addAll(inline.runs(c));
                }
                out.add(new Block.ListItem(runs, depth, ordered));
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof BulletList || c instanceof OrderedList) {
                        listItems(c, depth + 1, inline, out);
                    }
                }
            }
        }

        private static List<Inline> stripId(List<Inline> runs) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Inline.Text t) {
                List<Inline> copy = new ArrayList<>(runs);
                copy.set(copy.size() - 1, new Inline.Text(t.text().replaceAll("\\s*\\{#[^}]*}\\s*$", ""), t.styles()));
                return copy;
            }
            return runs;
        }
    }
}
