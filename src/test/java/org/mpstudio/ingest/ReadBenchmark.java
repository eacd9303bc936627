package org.mpstudio.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Not a test: measures reading a large long-format CSV, for a benchmark harness or jshell. Writes unique
 * {@code returnees} rows (province x sex x age group x period, values in mixed number formats), then times
 * {@link ObservationFileReader#read}. No timing is asserted anywhere.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    /** Writes a long CSV of {@code rows} valid, distinct observations (at most 1,060,800) and returns it. */
    public static Path writeLongFile(Path dir, int rows) throws IOException {
        Path file = dir.resolve("bench-" + rows + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator,period,value,source,status,province,sex,age_group,note\n");
            int written = 0;
            for (int year = 2000; year < 2024 && written < rows; year++) {
                for (int part = 0; part <= 16 && written < rows; part++) {
                    String period = part == 0 ? Integer.toString(year)
                            : part <= 4 ? year + "-Q" + part : String.format("%d-%02d", year, part - 4);
                    for (int p = 0; p < 100 && written < rows; p++) {
                        for (int a = 0; a < 13 && written < rows; a++) {
                            for (int s = 0; s < 2 && written < rows; s++) {
                                out.write("returnees," + period + "," + value(written) + ",dolab-2024,reported,P"
                                        + p + "," + (s == 0 ? "F" : "M") + ",A" + a + ",\n");
                                written++;
                            }
                        }
                    }
                }
            }
        }
        return file;
    }

    private static String value(int i) {
        return switch (i % 4) {
            case 0 -> Integer.toString(i);
            case 1 -> "\"1,234.5\"";
            case 2 -> "12.75";
            default -> "-3";
        };
    }

    /** Reads {@code file} once against {@link Fixtures#context()} and returns how long it took. */
    public static Duration timeRead(Path file) {
        ImportContext ctx = Fixtures.context();
        long start = System.nanoTime();
        ImportBatch batch = new ObservationFileReader().read(file, ctx);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (batch.hasErrors()) {
            throw new IllegalStateException("benchmark file has problems: " + batch.problems().subList(0, 1));
        }
        return took;
    }
}
