package org.mpstudio.bench;

import org.mpstudio.check.ProfileChecker;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times {@code check} (open the file, load, resolve every chapter, check the data) in a warm JVM: 20 warm-up
 * runs, then 30 measured runs; prints the median and the slowest. A benchmark, not a test: run by
 * {@code bench/import-benchmark.sh}.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (int i = 0; i < 20; i++) {
            once(file);
        }
        long[] nanos = new long[30];
        int problems = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            problems = once(file);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("check on the sample, warm JVM: median %.1f ms, slowest %.1f ms (%d problems)%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6, problems);
    }

    private static int once(Path file) throws Exception {
        try (ProfileStore store = ProfileStore.open(file)) {
            ProfileContent content = new ProfileRepository(store).load();
            return new ProfileChecker().check(content, ProfileChecker.Options.defaults()).size();
        }
    }
}
