package org.mpstudio.ingest;

/**
 * One data row of a wide table as read: its label texts (one per label column of {@link WideHeader}), which labels
 * are total words, and its values per period column (NaN for no data or a bad cell).
 */
record WideRow(int line, String[] labels, boolean[] total, double[] values) {

    /** True when some label is a total word (Total, Tổng, Tổng cộng, Cộng, ລວມ). */
    boolean isTotals() {
        for (boolean t : total) {
            if (t) {
                return true;
            }
        }
        return false;
    }

    /** The first total label, for messages. */
    String totalLabel() {
        for (int i = 0; i < total.length; i++) {
            if (total[i]) {
                return labels[i];
            }
        }
        return "";
    }
}
