package org.mpstudio.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

/** Reads a written DOCX back for assertions: paragraphs in document order, their text, fields and bookmarks. */
final class DocxInspector implements AutoCloseable {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final XWPFDocument docx;

    DocxInspector(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            docx = new XWPFDocument(in);
        }
    }

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static {
        XPATH.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** Every node matching XPath {@code path} (prefixes w and r) relative to {@code from}, in document order. */
    static List<XmlObject> select(XmlObject from, String path) {
        try {
            NodeList nodes = (NodeList) XPATH.evaluate(path, from.getDomNode(), XPathConstants.NODESET);
            List<XmlObject> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                try (XmlCursor c = XmlBeans.nodeToCursor(nodes.item(i))) {
                    out.add(c.getObject());
                }
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** All paragraphs of the body in document order, inside content controls and tables too. */
    List<XmlObject> paragraphs() {
        return select(docx.getDocument().getBody(), ".//w:p");
    }

    static String attr(XmlObject o, String localName) {
        try (XmlCursor c = o.newCursor()) {
            String v = c.getAttributeText(new QName(W, localName));
            return v == null ? "" : v;
        }
    }

    static String style(XmlObject p) {
        List<XmlObject> s = select(p, "./w:pPr/w:pStyle");
        return s.isEmpty() ? "" : attr(s.get(0), "val");
    }

    /** The text a reader sees: w:t of runs (field results included, instructions not), tabs and breaks. */
    static String text(XmlObject p) {
        StringBuilder sb = new StringBuilder();
        for (XmlObject o : select(p, "descendant-or-self::w:r/w:t | descendant-or-self::w:r/w:tab | descendant-or-self::w:r/w:br")) {
            String name = o.getDomNode().getLocalName();
            sb.append(name.equals("t") ? textOf(o) : name.equals("tab") ? "\t" : "\n");
        }
        return sb.toString();
    }

    static List<String> instructions(XmlObject p) {
        List<String> out = new ArrayList<>();
        for (XmlObject o : select(p, ".//w:instrText")) {
            out.add(textOf(o).strip());
        }
        return out;
    }

    static String textOf(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            return c.getTextValue();
        }
    }

    /** The first body paragraph whose text starts with {@code prefix}. */
    XmlObject paragraphStarting(String prefix) {
        return paragraphs().stream().filter(p -> text(p).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + prefix));
    }

    /**
     * Every bookmark of the body and the text inside it: the texts of the paragraphs it spans (the part within the
     * bookmark), joined by {@code \n}. A name present twice maps to a list of two texts.
     */
    Map<String, List<String>> bookmarks() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Open> open = new LinkedHashMap<>();
        QName idName = new QName(W, "id");
        for (XmlObject p : paragraphs()) {
            open.values().forEach(o -> o.current = new StringBuilder());
            try (XmlCursor c = p.newCursor()) {
                int depth = 0;
                c.toNextToken();
                while (depth >= 0) {
                    if (c.isStart()) {
                        depth++;
                        String name = c.getName().getLocalPart();
                        if (name.equals("bookmarkStart")) {
                            open.put(c.getAttributeText(idName), new Open(c.getAttributeText(new QName(W, "name"))));
                        } else if (name.equals("bookmarkEnd")) {
                            Open o = open.remove(c.getAttributeText(idName));
                            o.parts.add(o.current.toString());
                            out.computeIfAbsent(o.name, k -> new ArrayList<>()).add(String.join("\n", o.parts));
                        } else if (parentIsRun(c) && (name.equals("t") || name.equals("tab") || name.equals("br"))) {
                            String t = name.equals("t") ? c.getTextValue() : name.equals("tab") ? "\t" : "\n";
                            open.values().forEach(o -> o.current.append(t));
                        }
                    } else if (c.isEnd()) {
                        depth--;
                    }
                    c.toNextToken();
                }
            }
            open.values().forEach(o -> o.parts.add(o.current.toString()));
        }
        return out;
    }

    private static final class Open {
        final String name;
        final List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();

        Open(String name) {
            this.name = name;
        }
    }

    private static boolean parentIsRun(XmlCursor c) {
        try (XmlCursor p = c.newCursor()) {
            return p.toParent() && p.getName().getLocalPart().equals("r");
        }
    }

    @Override
    public void close() throws IOException {
        docx.close();
    }
}
