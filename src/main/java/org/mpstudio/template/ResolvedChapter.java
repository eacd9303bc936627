package org.mpstudio.template;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.model.ChartSpec;
import org.mpstudio.model.Problem;
import org.mpstudio.model.TableSpec;
import org.mpstudio.template.placeholder.Reference;

import java.util.List;
import java.util.Map;

/**
 * One chapter parsed and its placeholders resolved against the figures: the flexmark tree, the text each inline
 * placeholder stands for (a visible marker when it could not be resolved), the chart and table specs with the
 * block they came from, the ids it defines, the references it makes and its problems.
 *
 * @param inlineText  for each placeholder node (by identity), its resolved text
 * @param definedIds  ids this chapter defines, such as {@code fig:deployed}, {@code sec:labour}, with their line
 * @param citedSources source ids cited, in order of first citation
 */
public record ResolvedChapter(String chapterId, String lang, Document ast, Map<Node, String> inlineText,
                              Map<FencedCodeBlock, ChartSpec> charts, Map<FencedCodeBlock, TableSpec> tables,
                              Map<String, Integer> definedIds, List<Reference> references,
                              List<String> citedSources, int guidanceBlocks, List<Problem> problems) {
}
