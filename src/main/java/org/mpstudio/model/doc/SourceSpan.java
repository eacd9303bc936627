package org.mpstudio.model.doc;

/**
 * Where a block came from in the chapter's Markdown (title line = line 1), so the preview can scroll the editor and
 * reviewers' comments can find their way back.
 */
public record SourceSpan(String chapterId, int startLine, int endLine) {
    public static final SourceSpan NONE = new SourceSpan("", 0, 0);
}
