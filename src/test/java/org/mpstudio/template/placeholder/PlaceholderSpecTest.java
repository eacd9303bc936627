package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mpstudio.template.ChapterParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs {@code placeholder_spec.md}: each example is Markdown, a line with a single {@code .}, and the AST dump the
 * parser must produce (flexmark's spec-file idea on JUnit 5).
 */
class PlaceholderSpecTest {

    private static final String FENCE = "```````````````````````````````` example";

    static Stream<Arguments> examples() throws IOException {
        String spec;
        try (InputStream in = PlaceholderSpecTest.class.getResourceAsStream("placeholder_spec.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        String heading = "";
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                heading = lines[i].substring(3).strip();
            } else if (lines[i].equals(FENCE)) {
                StringBuilder md = new StringBuilder();
                StringBuilder ast = new StringBuilder();
                StringBuilder target = md;
                for (i++; !lines[i].startsWith("````````````````"); i++) {
                    if (lines[i].equals(".") && target == md) {
                        target = ast;
                    } else {
                        target.append(lines[i].replace('→', '\t')).append('\n');
                    }
                }
                out.add(Arguments.of(heading, md.toString(), ast.toString()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesAsSpecified(String name, String markdown, String expectedAst) {
        StringBuilder actual = new StringBuilder();
        dump(ChapterParser.parse(markdown), 0, actual);
        assertEquals(expectedAst, actual.toString(), name);
    }

    /** One line per node: indentation, type, [start, end] and the node's own extra fields. */
    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append('[').append(node.getStartOffset()).append(", ").append(node.getEndOffset()).append(']');
        node.getAstExtra(out);
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}
