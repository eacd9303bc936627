package org.mpstudio.chart;

/**
 * A category, series or slice key in a JFreeChart dataset: ordered by its position in the chart data and shown as
 * its label. Keys by position keep two categories with the same label apart (JFreeChart would merge equal keys).
 *
 * @param index position in {@code ChartData.categories()} or {@code series()}
 * @param label the text to draw, already made shapeable ({@link LaoText})
 */
record ChartKey(int index, String label) implements Comparable<ChartKey> {

    @Override
    public int compareTo(ChartKey other) {
        return Integer.compare(index, other.index);
    }

    /** JFreeChart draws a key's {@code toString()} on axes, in legends and in slice labels. */
    @Override
    public String toString() {
        return label;
    }
}
