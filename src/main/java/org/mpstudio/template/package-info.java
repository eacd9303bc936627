/**
 * Chapters from Markdown to resolved content: the flexmark configuration, the placeholder extension
 * ({@code template.placeholder}), resolution of figures against a {@link org.mpstudio.template.FigureSource},
 * chart and table specs, ids and cross-references. Depends on {@code model},
 * {@code model.doc}, {@code i18n} and flexmark; never on the store, the UI or the CLI.
 */
package org.mpstudio.template;
