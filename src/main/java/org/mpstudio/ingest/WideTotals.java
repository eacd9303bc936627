package org.mpstudio.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Totals rows of wide tables: recognizes total labels and checks each totals row against the sum of the rows above
 * it that it covers (same labels in the columns that are not totals, a non-empty label in those that are). A
 * difference of more than 0.5 is a warning at the totals cell, not an error: agencies round.
 */
final class WideTotals {

    static final double TOLERANCE = 0.5;
    private static final Set<String> WORDS = Set.of("total", "grand total", "tổng", "tổng cộng", "tổng số", "cộng",
            "ລວມ").stream().map(w -> Normalizer.normalize(w, Normalizer.Form.NFC))
            .collect(Collectors.toUnmodifiableSet());

    private WideTotals() {
    }

    /** True for a total label, case-insensitively; {@code label} is NFC already. */
    static boolean isTotalLabel(String label) {
        return WORDS.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    /** Warns for every totals cell that differs from the sum of the cells it covers by more than 0.5. */
    static void check(List<WideRow> rows, WideHeader header, ProblemCollector problems) {
        for (int t = 0; t < rows.size(); t++) {
            WideRow totals = rows.get(t);
            if (!totals.isTotals()) {
                continue;
            }
            for (int p = 0; p < header.periodColumns.size(); p++) {
                double expected = totals.values()[p];
                if (Double.isNaN(expected)) {
                    continue;
                }
                double sum = 0;
                int count = 0;
                for (WideRow row : rows.subList(0, t)) {
                    if (!row.isTotals() && covers(totals, row) && !Double.isNaN(row.values()[p])) {
                        sum += row.values()[p];
                        count++;
                    }
                }
                if (count > 0 && Math.abs(sum - expected) > TOLERANCE) {
                    problems.warning(ProblemCodes.WIDE_TOTAL_MISMATCH, totals.line(),
                            header.periodColumns.get(p) + 1, totals.totalLabel(),
                            header.periods.get(p).toString(), expected, sum);
                }
            }
        }
    }

    private static boolean covers(WideRow totals, WideRow row) {
        for (int i = 0; i < totals.labels().length; i++) {
            boolean matches = totals.total()[i] ? !row.labels()[i].isEmpty()
                    : totals.labels()[i].equals(row.labels()[i]);
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
