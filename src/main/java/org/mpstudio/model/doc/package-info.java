/**
 * The resolved document every renderer consumes (DOCX, preview, check): numbered headings, paragraphs, lists,
 * charts and tables with captions, cross-references and citations already turned into text, each block with a
 * stable id and a span back to the Markdown. JDK only.
 */
package org.mpstudio.model.doc;
