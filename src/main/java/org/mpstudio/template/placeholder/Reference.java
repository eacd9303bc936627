package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A cross-reference {@code @fig:ID}, {@code @tbl:ID} or {@code @sec:ID}. */
public class Reference extends Node {

    private final BasedSequence type;
    private final BasedSequence target;

    public Reference(BasedSequence chars, BasedSequence type, BasedSequence target) {
        super(chars);
        this.type = type;
        this.target = target;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{type, target};
    }

    /** {@code fig}, {@code tbl} or {@code sec}. */
    public String type() {
        return type.toString();
    }

    public String target() {
        return target.toString();
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, type, "type");
        segmentSpanChars(out, target, "target");
    }
}
