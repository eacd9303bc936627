package org.mpstudio.export.pdf;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The private LibreOffice user profile ({@code -env:UserInstallation}) that our conversions run in, kept between
 * runs so only the first conversion pays for LibreOffice's first start. Holds the bundled fonts in
 * {@code user/fonts} and the conversion macro in {@code user/basic}. One conversion at a time may use it: a lock in
 * this JVM plus a file lock next to the folder for other processes. Not thread-safe itself; use it under {@link #lock}.
 */
final class OfficeProfile {

    private static final System.Logger LOG = System.getLogger(OfficeProfile.class.getName());
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final String MARKER = "mpstudio-profile.txt";

    private final Path dir;

    OfficeProfile(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** {@code $MPSTUDIO_HOME/lo-profile}, else {@code ~/.mpstudio/lo-profile}. */
    static Path defaultDir() {
        String home = System.getenv("MPSTUDIO_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".mpstudio");
        return base.resolve("lo-profile");
    }

    Path dir() {
        return dir;
    }

    Path userDir() {
        return dir.resolve("user");
    }

    Path log() {
        return dir.resolve("soffice.log");
    }

    /** The options every run in this profile gets, after the program itself. */
    List<String> options() {
        return List.of("-env:UserInstallation=" + FileUrls.of(dir), "--headless", "--invisible", "--norestore",
                "--nologo", "--nodefault", "--nolockcheck");
    }

    /** The right to use the profile until closed. */
    interface Lease extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Waits until no other conversion uses this profile; empty if that does not happen by the deadline. */
    Optional<Lease> lock(Instant deadline) throws IOException, InterruptedException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(dir, d -> new ReentrantLock());
        if (!local.tryLock(Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock;
            while ((fileLock = channel.tryLock()) == null) {
                if (Instant.now().isAfter(deadline)) {
                    channel.close();
                    local.unlock();
                    return Optional.empty();
                }
                Thread.sleep(200);
            }
            FileLock held = fileLock;
            return Optional.of(() -> {
                try (channel) {
                    held.release();
                } finally {
                    local.unlock();
                }
            });
        } catch (IOException | InterruptedException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** Whether LibreOffice's first start has been done in this profile by this {@code soffice}. */
    boolean initializedFor(Path soffice) throws IOException {
        Path marker = dir.resolve(MARKER);
        return Files.isDirectory(userDir()) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(soffice.toAbsolutePath().toString());
    }

    void markInitialized(Path soffice) throws IOException {
        Files.writeString(dir.resolve(MARKER), soffice.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    /** Makes the next conversion start with a fresh profile. */
    void forgetFirstStart() throws IOException {
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    /** Installs the fonts and the macro; call after first start, which replaces {@code user/basic} with presets. */
    void install(BundledFonts fonts, Path fontsDir) throws IOException {
        int copied = fonts.copyTo(userDir().resolve("fonts"), fontsDir);
        if (copied > 0) {
            LOG.log(Level.DEBUG, "copied {0} fonts into {1}", copied, userDir().resolve("fonts"));
        }
        ConversionMacro.install(userDir());
    }

    /** Deletes the profile's contents (not the folder's lock), for a fresh first start. */
    void wipe() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> contents = all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList();
            if (!contents.isEmpty()) {
                LOG.log(Level.INFO, "starting the LibreOffice profile {0} afresh", dir);
            }
            for (Path p : contents) {
                Files.deleteIfExists(p);
            }
        }
    }
}
