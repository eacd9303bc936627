package org.mpstudio.template;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.i18n.Messages;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first pass over a profile: numbers every section, figure and table, and fixes the text a cross-reference to
 * each shows ("Figure 3.2", "Table 4.1", "section 3.1"), so references can point forward across chapters.
 */
final class Labels {

    private static final Pattern HEADING_ID = Pattern.compile("\\{#([A-Za-z0-9][A-Za-z0-9_-]*)}\\s*$");

    private final Map<String, String> text = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();
    private final Map<Node, String> headingIds = new IdentityHashMap<>();

    private Labels() {
    }

    static Labels assign(List<ResolvedChapter> chapters, Numbering numbering, Messages words) {
        Labels l = new Labels();
        int frontFigures = 0;
        int frontTables = 0;
        for (ResolvedChapter rc : chapters) {
            Numbering.ChapterNumber cn = numbering.of(rc.chapterId());
            String chapterId = "sec:" + rc.chapterId();
            l.numbers.put(chapterId, cn.label());
            String title = rc.ast().getFirstChild() instanceof Heading h ? h.getText().toString() : rc.chapterId();
            boolean plainNumber = cn.label().chars().allMatch(Character::isDigit);
            l.text.put(chapterId, cn.label().isEmpty() ? title
                    : plainNumber ? words.get("word.section") + " " + cn.label() : cn.label());
            int[] section = new int[4];
            int headings = 0;
            int figures = 0;
            int tables = 0;
            boolean first = true;
            for (Node n = rc.ast().getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && !(first && h.getLevel() == 1)) {
                    Matcher m = HEADING_ID.matcher(h.getText());
                    headings++;
                    String id = m.find() ? "sec:" + m.group(1) : rc.chapterId() + ".h" + headings;
                    l.headingIds.put(h, id);
                    String number = cn.prefix().isEmpty() ? "" : sectionNumber(cn.prefix(), h.getLevel(), section);
                    l.numbers.put(id, number);
                    l.text.put(id, number.isEmpty() ? HEADING_ID.matcher(h.getText()).replaceAll("").strip()
                            : words.get("word.section") + " " + number);
                } else if (n instanceof FencedCodeBlock f && rc.charts().containsKey(f)) {
                    String number = cn.prefix().isEmpty() ? Integer.toString(++frontFigures)
                            : cn.prefix() + "." + ++figures;
                    l.put("fig:" + rc.charts().get(f).id(), number, words.get("word.figure"));
                } else if (n instanceof FencedCodeBlock f && rc.tables().containsKey(f)) {
                    String number = cn.prefix().isEmpty() ? Integer.toString(++frontTables)
                            : cn.prefix() + "." + ++tables;
                    l.put("tbl:" + rc.tables().get(f).id(), number, words.get("word.table"));
                }
                first = false;
            }
        }
        return l;
    }

    private static String sectionNumber(String prefix, int markdownLevel, int[] counters) {
        int depth = Math.max(0, Math.min(counters.length - 1, markdownLevel - 2));
        counters[depth]++;
        for (int i = depth + 1; i < counters.length; i++) {
            counters[i] = 0;
        }
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i <= depth; i++) {
            sb.append('.').append(Math.max(1, counters[i]));
        }
        return sb.toString();
    }

    private void put(String id, String number, String word) {
        numbers.put(id, number);
        text.put(id, word + " " + number);
    }

    /** Cross-reference text by target id. */
    Map<String, String> text() {
        return text;
    }

    String numberOf(String id) {
        return numbers.getOrDefault(id, "");
    }

    /** The block id of a heading inside a chapter: its own {@code {#id}} or {@code <chapter>.h<n>}. */
    String headingId(Heading h, String chapterId, int ordinal) {
        return headingIds.getOrDefault(h, chapterId + ".h" + ordinal);
    }
}
