package org.mpstudio.folder;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small UTF-8 CSV file of a profile folder or template set (chapters, indicators, sources): a header and rows,
 * each row with the line it started on. RFC 4180 quoting. Figures files go through {@code ingest} instead,
 * which also handles agencies' encodings and layouts.
 */
final class CsvTable {

    /** One data row and the 1-based line where it starts. */
    record Row(int line, List<String> cells) {
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path file, FolderProblems problems) throws IOException {
        String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> all = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cells.add(cell.toString());
                    all.add(new Row(rowLine, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            problems.error("folder.csv.unbalancedQuote", file, rowLine, 0);
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            all.add(new Row(rowLine, List.copyOf(cells)));
        }
        if (all.isEmpty()) {
            problems.error("folder.csv.empty", file, 0, 0);
            return new CsvTable(file, List.of(), List.of());
        }
        List<String> header = all.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (Row r : all.subList(1, all.size())) {
            if (r.cells().size() != header.size()) {
                problems.error("folder.csv.ragged", file, r.line(), 0, header.size(), r.cells().size());
            } else {
                rows.add(r);
            }
        }
        return new CsvTable(file, header, rows);
    }

    /** Reports every required column that the header lacks; true when all are there. */
    boolean requireColumns(FolderProblems problems, String... names) {
        boolean ok = true;
        for (String n : names) {
            if (!header.contains(n)) {
                problems.error("folder.csv.missingColumn", file, 1, 0, n);
                ok = false;
            }
        }
        return ok;
    }

    String cell(Row row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : row.cells().get(i).strip();
    }

    int columnNumber(String column) {
        return header.indexOf(column) + 1;
    }

    List<Row> rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRow(w, header);
            for (List<String> row : rows) {
                writeRow(w, row);
            }
        }
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
                    || c.indexOf('\r') >= 0 || (!c.isEmpty() && (c.strip().length() != c.length()));
            w.write(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        w.write('\n');
    }
}
