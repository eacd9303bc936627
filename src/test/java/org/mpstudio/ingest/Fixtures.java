package org.mpstudio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Problem;
import org.mpstudio.model.Unit;

/** Shared test fixtures: a small indicator catalogue, file writers and problem assertions. */
final class Fixtures {

    static final Indicator WORKERS = indicator("workers_deployed_contract", Unit.PERSONS, "destination", "sex");
    static final Indicator REMITTANCES = indicator("remittances_share_gdp", Unit.PERCENT);
    static final Indicator RETURNEES = indicator("returnees", Unit.PERSONS, "province", "sex", "age_group");

    private Fixtures() {
    }

    static Indicator indicator(String id, Unit unit, String... dimensions) {
        return new Indicator(id, id, unit, 0, List.of(dimensions), List.of(), List.of(), "", "");
    }

    static ImportContext context() {
        return context(Optional.empty(), Optional.empty());
    }

    static ImportContext context(Optional<String> defaultSource, Optional<String> indicatorOverride) {
        return new ImportContext(
                Map.of(WORKERS.id(), WORKERS, REMITTANCES.id(), REMITTANCES, RETURNEES.id(), RETURNEES),
                Set.of("dolab-2024", "nhandan-2023"), defaultSource, indicatorOverride);
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        return write(dir, name, content.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path save(XSSFWorkbook workbook, Path dir, String name) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static ImportBatch read(Path file) {
        return new ObservationFileReader().read(file, context());
    }

    static ImportBatch read(Path file, ImportContext ctx) {
        return new ObservationFileReader().read(file, ctx);
    }

    /** Asserts the batch has exactly one problem with {@code code}, at {@code line} and {@code column}. */
    static Problem assertProblem(ImportBatch batch, String code, int line, int column) {
        List<Problem> found = batch.problems().stream().filter(p -> p.code().equals(code)).toList();
        if (found.size() != 1) {
            fail("expected one " + code + " but got " + describe(batch.problems()));
        }
        Problem problem = found.get(0);
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertEquals(column, problem.column(), () -> "column of " + problem);
        assertEquals(batch.file().toString(), problem.where());
        return problem;
    }

    /** Asserts the batch has no problems at all. */
    static void assertClean(ImportBatch batch) {
        if (!batch.problems().isEmpty()) {
            fail("expected no problems but got " + describe(batch.problems()));
        }
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p.code() + "@" + p.line() + ":" + p.column() + " "
                + p.args()).collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
    }

    /** Dimensions from name, value pairs. */
    static Dimensions dims(String... pairs) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new Dimensions(map);
    }

    /** The observation with this period and dimensions key, failing when there is none. */
    static Observation find(ImportBatch batch, String period, String dimensionsKey) {
        return batch.observations().stream()
                .filter(o -> o.period().toString().equals(period) && o.dimensions().key().equals(dimensionsKey))
                .findFirst()
                .orElseGet(() -> fail("no observation " + period + " [" + dimensionsKey + "] in "
                        + batch.observations()));
    }
}
