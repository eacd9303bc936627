package org.mpstudio.bench;

import org.mpstudio.chart.ChartRenderer;
import org.mpstudio.export.drafts.ExportRequest;
import org.mpstudio.export.drafts.ExportService;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;
import org.mpstudio.template.DocumentBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Export benchmark helpers, run by {@code bench/export-benchmark.sh} (not a test):
 * {@code warm PROFILE_DIR OUT_DIR} times DOCX export in one JVM after warm-up (median of 5);
 * {@code twin PROFILE_DIR OUT_DIR} writes the same content as Markdown with chart PNGs, for pandoc.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ProfileContent content = ProfileFolder.read(Path.of(args[1]));
        Path out = Path.of(args[2]);
        if (args[0].equals("warm")) {
            warm(content, out);
        } else {
            twin(content, out);
        }
    }

    private static void warm(ProfileContent content, Path out) throws Exception {
        ExportService service = new ExportService();
        ExportRequest request = new ExportRequest(content, Set.of(ExportRequest.Format.DOCX), out, "en", true,
                Optional.empty(), Optional.empty(), Map.of());
        for (int i = 0; i < 3; i++) {
            service.export(request, line -> { });
        }
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            service.export(request, line -> { });
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("DOCX export, warm JVM: median %d ms (runs %s)%n", ms[ms.length / 2], Arrays.toString(ms));
    }

    /** The resolved document as Markdown: headings, paragraphs, pipe tables and charts as PNG images. */
    private static void twin(ProfileContent content, Path out) throws Exception {
        Files.createDirectories(out);
        Document doc = new DocumentBuilder().build(content, "en", "today").document();
        ChartRenderer charts = new ChartRenderer();
        StringBuilder md = new StringBuilder("% ").append(doc.meta().title()).append("\n\n");
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.number()).append(' ')
                        .append(Inline.plain(h.text())).append("\n\n");
            } else if (b instanceof Block.Paragraph p) {
                md.append(Inline.plain(p.runs())).append("\n\n");
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> md.append("  ".repeat(i.depth())).append("- ").append(Inline.plain(i.runs()))
                        .append('\n'));
                md.append('\n');
            } else if (b instanceof Block.ChartBlock c) {
                String png = c.id().replace(':', '-') + ".png";
                Files.write(out.resolve(png), charts.png(c.data(), 16, 9, 300, false));
                md.append("![Figure ").append(c.number()).append(": ").append(c.title()).append("](").append(png)
                        .append(")\n\nSource: ").append(c.data().source()).append("\n\n");
            } else if (b instanceof Block.TableBlock t) {
                md.append("Table ").append(t.number()).append(": ").append(t.title()).append("\n\n| ")
                        .append(String.join(" | ", t.header())).append(" |\n|")
                        .append("---|".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
                md.append("\nSource: ").append(t.source()).append("\n\n");
            }
        }
        Files.writeString(out.resolve("twin.md"), md.toString(), StandardCharsets.UTF_8);
    }
}
