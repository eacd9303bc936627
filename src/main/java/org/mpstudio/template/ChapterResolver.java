package org.mpstudio.template;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.TableSpec;
import org.mpstudio.template.placeholder.Citation;
import org.mpstudio.template.placeholder.Placeholder;
import org.mpstudio.template.placeholder.Reference;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one chapter and resolves what can be resolved within it: inline figures, chart and table blocks, heading
 * ids, citations. References to figures, tables and sections are only collected here, because their targets may
 * sit in other chapters; {@link ProfileResolver} checks them across the profile.
 */
public final class ChapterResolver {

    private static final Pattern HEADING_ID = Pattern.compile("\\{#([A-Za-z0-9][A-Za-z0-9_-]*)}\\s*$");

    private final FigureSource figures;

    public ChapterResolver(FigureSource figures) {
        this.figures = figures;
    }

    public ResolvedChapter resolve(ChapterText text) {
        String markdown = ChapterParser.markdown(text);
        Document doc = ChapterParser.parse(markdown);
        SourceLines lines = new SourceLines(markdown);
        ProblemSink sink = new ProblemSink("chapter " + text.chapterId() + " (" + text.lang() + ")");
        InlineResolver inline = new InlineResolver(figures, new FigureFormatter(text.lang()), sink);
        BlockSpecReader blocks = new BlockSpecReader(sink, figures);
        Map<Node, String> inlineText = new IdentityHashMap<>();
        Map<FencedCodeBlock, ChartSpec> charts = new LinkedHashMap<>();
        Map<FencedCodeBlock, TableSpec> tables = new LinkedHashMap<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Reference> refs = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        int guidance = 0;
        ids.put("sec:" + text.chapterId(), 1);
        for (Node node : doc.getDescendants()) {
            int line = lines.line(node.getStartOffset());
            int column = lines.column(node.getStartOffset());
            if (node instanceof Placeholder p) {
                inlineText.put(p, inline.resolve(p, line, column));
            } else if (node instanceof Reference r) {
                refs.add(r);
            } else if (node instanceof Citation c) {
                for (String id : c.sourceIds()) {
                    if (figures.source(id).isEmpty()) {
                        sink.error("citation.unknownSource", line, column, id);
                    }
                    cited.add(id);
                }
            } else if (node instanceof Text t && t.getChars().indexOf("{{") >= 0 && !isLiteral(t)) {
                int at = t.getStartOffset() + t.getChars().indexOf("{{");
                sink.error("placeholder.unclosed", lines.line(at), lines.column(at));
            } else if (node instanceof Heading h) {
                Matcher m = HEADING_ID.matcher(h.getText());
                if (m.find()) {
                    define(ids, "sec:" + m.group(1), line, sink);
                }
            } else if (node instanceof FencedCodeBlock f) {
                String info = f.getInfo().toString().strip();
                int contentLine = line + 1;
                switch (info) {
                    case "guidance" -> guidance++;
                    case "chart" -> blocks.chart(blocks.fields(f.getContentChars().toString(), contentLine, line,
                            BlockSpecReader.CHART_KEYS)).ifPresent(spec -> {
                                charts.put(f, spec);
                                define(ids, "fig:" + spec.id(), line, sink);
                            });
                    case "table" -> blocks.table(blocks.fields(f.getContentChars().toString(), contentLine, line,
                            BlockSpecReader.TABLE_KEYS)).ifPresent(spec -> {
                                tables.put(f, spec);
                                define(ids, "tbl:" + spec.id(), line, sink);
                            });
                    default -> {
                        // other code blocks are kept as they are
                    }
                }
            }
        }
        return new ResolvedChapter(text.chapterId(), text.lang(), doc, inlineText, charts, tables, ids, refs,
                List.copyOf(cited), guidance, sink.problems());
    }

    /** Text in code spans and code blocks is shown as written; braces there are not placeholders. */
    private static boolean isLiteral(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    private static void define(Map<String, Integer> ids, String id, int line, ProblemSink sink) {
        Integer earlier = ids.putIfAbsent(id, line);
        if (earlier != null) {
            sink.error("id.duplicate", line, 1, id, earlier);
        }
    }

}
