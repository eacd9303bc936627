package org.mpstudio.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mpstudio.model.Observation;

/**
 * Reads a figure file into observations: a CSV ({@code .csv}, {@code .tsv}, {@code .txt}) or the first sheet of an
 * XLSX workbook ({@code .xlsx}, {@code .xlsm}), in the long layout (docs/formats.md section 3) or the wide layout
 * agencies send. The layout is LONG when the first non-blank row names at least two of {@code indicator},
 * {@code period}, {@code value}; otherwise the file is read as WIDE.
 *
 * <p>Never throws for bad content or an unreadable file: everything wrong is a {@link org.mpstudio.model.Problem}
 * in the batch, with the file as given, a 1-based row and column. Stateless and thread-safe; each call reads the
 * whole file into memory (a million long rows take some 60 MB of text).
 */
public final class ObservationFileReader {

    /** The layout found and the observations read, before problems are attached. */
    record Result(Layout layout, List<Observation> observations) {
        static final Result EMPTY = new Result(Layout.LONG, List.of());
    }

    /** Reads {@code file} against what {@code ctx} knows; see the class comment. */
    public ImportBatch read(Path file, ImportContext ctx) {
        ProblemCollector problems = new ProblemCollector(file.toString());
        ctx.defaultSource().filter(id -> !ctx.sourceIds().contains(id))
                .ifPresent(id -> problems.error(ProblemCodes.SOURCE_UNKNOWN, 0, 0, id));
        Result result = switch (extension(file)) {
            case "csv", "tsv", "txt" -> readBytes(file, problems)
                    .map(bytes -> CsvFileReader.read(bytes, ctx, problems)).orElse(Result.EMPTY);
            case "xlsx", "xlsm" -> readable(file, problems) ? readXlsx(file, ctx, problems) : Result.EMPTY;
            case "mprofile" -> {
                problems.error(ProblemCodes.FILE_IS_PROFILE, 0, 0);
                yield Result.EMPTY;
            }
            default -> {
                problems.error(ProblemCodes.FILE_UNSUPPORTED, 0, 0, extension(file));
                yield Result.EMPTY;
            }
        };
        return new ImportBatch(file, result.layout(), result.observations(), problems.sorted());
    }

    private static Result readXlsx(Path file, ImportContext ctx, ProblemCollector problems) {
        Optional<Grid> grid = new XlsxReader().read(file, problems);
        if (grid.isEmpty()) {
            return Result.EMPTY;
        }
        List<Grid.Row> rows = grid.get().rows();
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            problems.error(ProblemCodes.FILE_EMPTY, 0, 0);
            return Result.EMPTY;
        }
        RowSource cursor = grid.get().cursor(first);
        cursor.next();
        if (LongHeader.looksLong(cursor)) {
            return new Result(Layout.LONG, LongHeader.parse(cursor, problems)
                    .map(header -> new LongReader(ctx, problems, cursor, header).read()).orElse(List.of()));
        }
        return new Result(Layout.WIDE, new WideReader(ctx, problems, grid.get()).read());
    }

    private static Optional<byte[]> readBytes(Path file, ProblemCollector problems) {
        if (!readable(file, problems)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(ProblemCodes.FILE_UNREADABLE, 0, 0, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean readable(Path file, ProblemCollector problems) {
        if (Files.exists(file)) {
            return true;
        }
        problems.error(ProblemCodes.FILE_NOT_FOUND, 0, 0);
        return false;
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
