package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Map;

/**
 * An inline figure placeholder such as {@code {{value workers_deployed_contract period=2023}}}. The opening marker,
 * kind, key (indicator id), arguments and closing marker stay separate source segments so the editor can highlight
 * them and problems can point at exact offsets.
 */
public class Placeholder extends Node {

    private final BasedSequence openingMarker;
    private final BasedSequence kind;
    private final BasedSequence key;
    private final BasedSequence arguments;
    private final BasedSequence closingMarker;
    private final Map<String, String> args;
    private final String malformed;

    public Placeholder(BasedSequence chars, BasedSequence openingMarker, BasedSequence kind, BasedSequence key,
                       BasedSequence arguments, BasedSequence closingMarker, Map<String, String> args,
                       String malformed) {
        super(chars);
        this.openingMarker = openingMarker;
        this.kind = kind;
        this.key = key;
        this.arguments = arguments;
        this.closingMarker = closingMarker;
        this.args = Map.copyOf(args);
        this.malformed = malformed == null ? "" : malformed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[]{openingMarker, kind, key, arguments, closingMarker};
    }

    public BasedSequence getKind() {
        return kind;
    }

    public BasedSequence getKey() {
        return key;
    }

    public BasedSequence getArguments() {
        return arguments;
    }

    /** Parsed {@code name=value} arguments, quotes removed. */
    public Map<String, String> args() {
        return args;
    }

    /** Empty when well formed; otherwise the problem code explaining what is wrong. */
    public String malformed() {
        return malformed;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, kind, "kind");
        segmentSpanChars(out, key, "key");
        if (!args.isEmpty()) {
            out.append(" args=").append(new java.util.TreeMap<>(args));
        }
        if (!malformed.isEmpty()) {
            out.append(" malformed=").append(malformed);
        }
    }
}
