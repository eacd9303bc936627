package org.mpstudio.ui.preview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.ui.common.LaoText;

import java.util.List;
import java.util.Map;

/**
 * Draws blocks of the resolved document as JavaFX nodes: text flows with styled runs (Lao runs in the Lao font),
 * numbered headings, tables as grids with their captions, and charts as images drawn in the background (a framed
 * box holds the place until the image is there), captioned above and with their source below.
 * Every node carries the style classes of {@code preview.css}.
 */
public final class BlockNodes {

    /** The stylesheet the preview's nodes are styled by. */
    public static final String STYLESHEET = BlockNodes.class.getResource("preview.css").toExternalForm();

    private final Map<String, String> words;
    private final ChartImages charts;
    private final double chartWidth;
    private final double outputScale;

    /**
     * @param charts      where chart images come from; null draws a framed box in place of each chart
     * @param chartWidth  the width of a chart in the preview, in layout pixels (its height is 9/16 of that)
     * @param outputScale the screen's pixels per layout pixel
     */
    BlockNodes(Map<String, String> words, ChartImages charts, double chartWidth, double outputScale) {
        this.words = words;
        this.charts = charts;
        this.chartWidth = chartWidth;
        this.outputScale = outputScale;
    }

    /**
     * One block drawn on its own, as the preview draws it, charts as framed boxes (for the insert dialogs; the
     * caller adds {@code preview.css}, see {@link #STYLESHEET}).
     *
     * @param words the draft's words ({@code word.table}, {@code word.source} ...) in its language
     */
    public static Node standalone(Block block, Map<String, String> words) {
        return new BlockNodes(words, null, 0, 1).node(block);
    }

    /**
     * Roughly what laying out the block's node costs, in characters of text: its text and a hundred for each text
     * flow, a hundred and fifty for each table cell (a label), a thousand for a chart's frame and captions.
     */
    static int cost(Block block) {
        if (block instanceof Block.Heading h) {
            return 100 + length(h.text());
        } else if (block instanceof Block.Paragraph p) {
            return 100 + length(p.runs());
        } else if (block instanceof Block.Quote q) {
            return 100 + length(q.runs());
        } else if (block instanceof Block.ListBlock l) {
            return l.items().stream().mapToInt(i -> 100 + length(i.runs())).sum();
        } else if (block instanceof Block.TableBlock t) {
            return 300 + 150 * t.header().size() * (1 + t.rows().size());
        }
        return 1000;
    }

    private static int length(List<Inline> runs) {
        return runs.stream().mapToInt(r -> r.text().length()).sum();
    }

    Node node(Block block) {
        if (block instanceof Block.Heading h) {
            TextFlow flow = flow(h.text(), "pv-heading", "pv-h" + Math.min(4, h.level()));
            if (!h.number().isEmpty()) {
                flow.getChildren().add(0, text(h.number() + "  ", "pv-number"));
            }
            return flow;
        } else if (block instanceof Block.Paragraph p) {
            return flow(p.runs(), "pv-paragraph");
        } else if (block instanceof Block.Quote q) {
            return flow(q.runs(), "pv-quote");
        } else if (block instanceof Block.ListBlock l) {
            return list(l);
        } else if (block instanceof Block.ChartBlock c) {
            return chart(c);
        } else if (block instanceof Block.TableBlock t) {
            return table(t);
        }
        return new Label(block.id());
    }

    private Node list(Block.ListBlock l) {
        VBox box = new VBox();
        box.getStyleClass().add("pv-list");
        int[] counters = new int[8];
        for (Block.ListItem item : l.items()) {
            int depth = Math.min(item.depth(), counters.length - 1);
            counters[depth]++;
            for (int d = depth + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            TextFlow flow = flow(item.runs(), "pv-list-item");
            flow.getChildren().add(0, text(item.ordered() ? counters[depth] + ".  " : "•  ", "pv-list-marker"));
            flow.getStyleClass().add("pv-depth-" + Math.min(depth, 3));
            box.getChildren().add(flow);
        }
        return box;
    }

    private Node chart(Block.ChartBlock c) {
        Label box = new Label(c.title());
        box.getStyleClass().add("pv-chart-box");
        LaoText.markLao(box.getStyleClass(), c.title());
        box.setWrapText(true);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        StackPane frame = new StackPane(box);
        frame.getStyleClass().add("pv-chart");
        if (charts != null && chartWidth > 0) {
            int widthPx = (int) Math.round(chartWidth * outputScale);
            int heightPx = (int) Math.round(chartWidth * 9 / 16 * outputScale);
            box.setPrefHeight(chartWidth * 9 / 16);
            ChartImages.Key key = new ChartImages.Key(c.data(), widthPx, heightPx, 96.0 / 72 * outputScale);
            charts.image(key, image -> {
                ImageView view = new ImageView(image);
                view.getStyleClass().add("pv-chart-image");
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(chartWidth);
                frame.getChildren().setAll(view);
            });
        }
        VBox out = new VBox(caption(words.getOrDefault("word.figure", "Figure"), c.number(), c.title()), frame);
        if (!c.data().source().isEmpty()) {
            out.getChildren().add(sourceLine(c.data().source()));
        }
        return out;
    }

    private Node table(Block.TableBlock t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pv-table");
        for (int col = 0; col < t.header().size(); col++) {
            grid.add(cell(t.header().get(col), "pv-th", t.numeric().get(col)), col, 0);
        }
        for (int row = 0; row < t.rows().size(); row++) {
            List<String> cells = t.rows().get(row);
            for (int col = 0; col < cells.size(); col++) {
                boolean numeric = col < t.numeric().size() && t.numeric().get(col);
                grid.add(cell(cells.get(col), row % 2 == 0 ? "pv-td" : "pv-td-alt", numeric), col, row + 1);
            }
        }
        VBox out = new VBox(caption(words.getOrDefault("word.table", "Table"), t.number(), t.title()), grid);
        if (!t.source().isEmpty()) {
            out.getChildren().add(sourceLine(t.source()));
        }
        return out;
    }

    private Node sourceLine(String source) {
        String word = words.getOrDefault("word.source", "Source");
        return flow(List.of(Inline.Text.plain(word + ": " + source)), "pv-source");
    }

    private static Node cell(String value, String style, boolean numeric) {
        Label l = new Label(value);
        l.getStyleClass().addAll("pv-cell", style);
        LaoText.markLao(l.getStyleClass(), value);
        if (numeric) {
            l.getStyleClass().add("pv-numeric");
        }
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return l;
    }

    private static Node caption(String word, String number, String title) {
        String label = number.isEmpty() ? word : word + " " + number;
        return flow(List.of(Inline.Text.plain(label + ": " + title)), "pv-caption");
    }

    static TextFlow flow(List<Inline> runs, String... styles) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styles);
        for (Inline run : runs) {
            String cls = styleOf(run);
            Node[] parts = texts(run.text(), cls);
            if (run instanceof Inline.Text t) {
                for (Node n : parts) {
                    t.styles().forEach(s -> n.getStyleClass().add("pv-" + s.name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            flow.getChildren().addAll(parts);
        }
        return flow;
    }

    private static String styleOf(Inline run) {
        if (run instanceof Inline.Figure) {
            return "pv-figure";
        } else if (run instanceof Inline.Missing) {
            return "pv-missing";
        } else if (run instanceof Inline.CrossRef) {
            return "pv-ref";
        } else if (run instanceof Inline.Citation) {
            return "pv-cite";
        } else if (run instanceof Inline.Link) {
            return "pv-link";
        }
        return "pv-text";
    }

    private static Node[] texts(String s, String cls) {
        List<LaoText.Run> runs = LaoText.runs(s);
        Node[] out = new Node[runs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(runs.get(i).text(), cls);
            if (runs.get(i).lao()) {
                out[i].getStyleClass().add(LaoText.STYLE_CLASS);
            }
        }
        return out;
    }

    private static Text text(String s, String cls) {
        Text t = new Text(s);
        t.getStyleClass().addAll("pv-run", cls);
        return t;
    }
}
