package org.mpstudio.template;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.template.placeholder.Citation;
import org.mpstudio.template.placeholder.Placeholder;
import org.mpstudio.template.placeholder.Reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts the inline content of one flexmark block into resolved runs, merging adjacent plain text. */
final class InlineBuilder {

    private final Map<Node, String> inlineText;
    private final Map<String, String> refLabels;
    private final SourceNames sources;

    InlineBuilder(Map<Node, String> inlineText, Map<String, String> refLabels, SourceNames sources) {
        this.inlineText = inlineText;
        this.refLabels = refLabels;
        this.sources = sources;
    }

    List<Inline> runs(Node block) {
        List<Inline> out = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            add(child, EnumSet.noneOf(Inline.Style.class), out);
        }
        return trim(out);
    }

    private void add(Node n, Set<Inline.Style> styles, List<Inline> out) {
        if (n instanceof Text t) {
            text(t.getChars().unescape(), styles, out);
        } else if (n instanceof SoftLineBreak) {
            text(" ", styles, out);
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (n instanceof Code c) {
            out.add(new Inline.Text(nfc(c.getText().toString()), with(styles, Inline.Style.CODE)));
        } else if (n instanceof StrongEmphasis || n instanceof Emphasis) {
            Set<Inline.Style> inner = with(styles, n instanceof StrongEmphasis ? Inline.Style.BOLD : Inline.Style.ITALIC);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                add(c, inner, out);
            }
        } else if (n instanceof Placeholder p) {
            String value = inlineText.getOrDefault(p, p.getChars().toString());
            out.add(value.startsWith("[") ? new Inline.Missing(value)
                    : new Inline.Figure(nfc(value), p.getKey().toString(), styles));
        } else if (n instanceof Reference r) {
            String id = r.type() + ":" + r.target();
            String label = refLabels.get(id);
            out.add(label == null ? new Inline.Missing("[missing reference: " + id + "]")
                    : new Inline.CrossRef(label, id));
        } else if (n instanceof Citation c) {
            out.add(new Inline.Citation(nfc(sources.citation(c.sourceIds())), c.sourceIds()));
        } else if (n instanceof Link l) {
            out.add(new Inline.Link(nfc(l.getText().toString()), l.getUrl().toString()));
        } else if (n instanceof AutoLink a) {
            out.add(new Inline.Link(a.getText().toString(), a.getText().toString()));
        } else if (n instanceof Image i) {
            text(i.getText().toString(), styles, out);
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                add(c, styles, out);
            }
        }
    }

    private static void text(String s, Set<Inline.Style> styles, List<Inline> out) {
        String text = nfc(s);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last && last.styles().equals(styles)) {
            out.set(out.size() - 1, new Inline.Text(last.text() + text, styles));
        } else {
            out.add(new Inline.Text(text, styles));
        }
    }

    private static List<Inline> trim(List<Inline> runs) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Inline.Text last) {
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                runs.remove(runs.size() - 1);
            } else {
                runs.set(runs.size() - 1, new Inline.Text(t, last.styles()));
            }
        }
        return runs;
    }

    private static Set<Inline.Style> with(Set<Inline.Style> styles, Inline.Style add) {
        EnumSet<Inline.Style> s = styles.isEmpty() ? EnumSet.noneOf(Inline.Style.class) : EnumSet.copyOf(styles);
        s.add(add);
        return s;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
