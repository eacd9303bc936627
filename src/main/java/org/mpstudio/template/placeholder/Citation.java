package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/** A citation {@code [@source-id]} or {@code [@a; @b]}: the sources go into the sources list. */
public class Citation extends Node {

    private final List<String> sourceIds;

    public Citation(BasedSequence chars, List<String> sourceIds) {
        super(chars);
        this.sourceIds = List.copyOf(sourceIds);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{getChars()};
    }

    public List<String> sourceIds() {
        return sourceIds;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" sources=").append(sourceIds);
    }
}
