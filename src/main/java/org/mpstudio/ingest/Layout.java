package org.mpstudio.ingest;

/**
 * How observations are laid out in a file.
 * {@link #LONG}: one observation per row with {@code indicator}, {@code period} and {@code value} columns
 * (docs/formats.md section 3). {@link #WIDE}: periods as columns, dimension labels on the left, title lines above.
 */
public enum Layout {
    LONG,
    WIDE
}
