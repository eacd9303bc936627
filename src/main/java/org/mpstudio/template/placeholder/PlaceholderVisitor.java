package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** Collects the placeholders, references and citations of a document without rendering it. */
public final class PlaceholderVisitor {

    private PlaceholderVisitor() {
    }

    /** All nodes of the given type under {@code root}, in document order. */
    public static <T extends Node> List<T> collect(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.getDescendants()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
        }
        return found;
    }
}
