/**
 * Reads agencies' figure files (the long CSV of observations and the wide CSV/XLSX tables agencies send) into
 * {@link org.mpstudio.model.Observation}s, reporting every problem with file, row and column as a
 * {@link org.mpstudio.model.Problem} whose code is a key in {@code org/mpstudio/i18n/ingest.properties}. The entry
 * point is {@link org.mpstudio.ingest.ObservationFileReader}; it changes nothing and never throws for bad content.
 * Depends on {@code model} only, plus Apache POI for XLSX reading; no JavaFX, no SQL.
 */
package org.mpstudio.ingest;
