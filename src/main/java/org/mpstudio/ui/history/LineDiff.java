package org.mpstudio.ui.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: the lines of {@code before} and {@code after} in order, each kept,
 * removed (only in {@code before}) or added (only in {@code after}); removals come before additions where both
 * replace the same place. Common first and last lines are matched before the table is built, so an edit in a long
 * chapter costs little.
 */
public final class LineDiff {

    /** How a line differs. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** One line of the diff. */
    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> diff(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endA = before.size();
        int endB = after.size();
        while (endA > start && endB > start && before.get(endA - 1).equals(after.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            out.add(new Line(Kind.SAME, before.get(i)));
        }
        List<String> a = before.subList(start, endA);
        List<String> b = after.subList(start, endB);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, a.get(i)));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, b.get(j)));
                j++;
            }
        }
        for (int k = endA; k < before.size(); k++) {
            out.add(new Line(Kind.SAME, before.get(k)));
        }
        return out;
    }

    /** The lines of {@code text}, split at line breaks. */
    public static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }
}
