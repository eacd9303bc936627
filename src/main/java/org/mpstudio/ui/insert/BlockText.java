package org.mpstudio.ui.insert;

import org.mpstudio.model.Period;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the insert dialogs write a fenced block (docs/formats.md section 4) and place it in a chapter's text. */
final class BlockText {

    private BlockText() {
    }

    /** The fenced block of {@code kind} with the non-empty {@code fields}, each on one line; no final line break. */
    static String fence(String kind, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("```").append(kind).append('\n');
        fields.forEach((k, v) -> {
            String line = v == null ? "" : v.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
            if (!line.isEmpty()) {
                sb.append(k).append(": ").append(line).append('\n');
            }
        });
        return sb.append("```").toString();
    }

    /** {@code 2015-2023} when {@code range} is every year between, else its periods listed: {@code 2015;2017}. */
    static String periods(List<String> range) {
        if (range.isEmpty()) {
            return "";
        }
        List<Period> ps = range.stream().map(p -> Period.parse(p).orElseThrow()).toList();
        boolean years = ps.stream().allMatch(p -> p.kind() == Period.Kind.YEAR);
        int span = ps.get(ps.size() - 1).year() - ps.get(0).year() + 1;
        return range.size() > 1 && years && span == range.size()
                ? range.get(0) + "-" + range.get(range.size() - 1) : String.join(";", range);
    }

    /** "2015–2023" for a title, or "2023" for one period. */
    static String rangeText(List<String> range) {
        return range.isEmpty() ? "" : range.size() == 1 ? range.get(0)
                : range.get(0) + "\u2013" + range.get(range.size() - 1);
    }

    /** {@code workers_deployed_contract} -> {@code workers-deployed-contract}, made unique against {@code taken}. */
    static String uniqueSlug(String text, Set<String> taken) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = s.isEmpty() ? "figure" : s;
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * What to put at {@code caret} of {@code text} so {@code block} stands on lines of its own with a blank line
     * before and after it (none before at the start, a final line break at the end).
     */
    static String around(String text, int caret, String block) {
        String before = text.substring(0, caret);
        String after = text.substring(caret);
        int trailing = before.length() - before.replaceAll("\n+$", "").length();
        int leading = after.length() - after.replaceAll("^\n+", "").length();
        String pre = before.isEmpty() ? "" : "\n".repeat(Math.max(0, 2 - trailing));
        String post = after.isEmpty() ? "\n" : "\n".repeat(Math.max(0, 2 - leading));
        return pre + block + post;
    }
}
