/**
 * The flexmark extension for placeholders, cross-references and citations, laid out like flexmark's own
 * extensions: public nodes and extension, package-private inline parser. Parsing only; resolution lives in the parent package.
 */
package org.mpstudio.template.placeholder;
