package org.mpstudio.ui.common;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Says that one editor is writing a profile: {@code NAME.mprofile.lock} beside it, created atomically, holding the
 * process id, host and time. A second window or process that finds a live lock opens the profile read-only. A lock
 * left by a process that died on this host is stale and taken over.
 */
public final class ProfileLock implements AutoCloseable {

    /** Who holds a lock. */
    public record Holder(long pid, String host, String time) {
    }

    private final Path file;

    private ProfileLock(Path file) {
        this.file = file;
    }

    public static Path lockFileOf(Path profile) {
        return profile.resolveSibling(profile.getFileName() + ".lock");
    }

    /** The lock, or empty when another live editor holds it ({@link #holder} tells who). */
    public static Optional<ProfileLock> acquire(Path profile) throws IOException {
        Path file = lockFileOf(profile);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.writeString(file, "pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\ntime="
                        + Instant.now() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return Optional.of(new ProfileLock(file));
            } catch (FileAlreadyExistsException e) {
                Optional<Holder> h = holder(profile);
                if (h.isPresent() && !isStale(h.get())) {
                    return Optional.empty();
                }
                Files.deleteIfExists(file);
            }
        }
        return Optional.empty();
    }

    /** Who holds the lock of {@code profile}, if anyone. */
    public static Optional<Holder> holder(Path profile) {
        Path file = lockFileOf(profile);
        try {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid", "-1").strip()),
                    p.getProperty("host", ""), p.getProperty("time", "")));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A lock is stale when its process is gone from this host; a lock from another host is trusted. */
    static boolean isStale(Holder h) {
        return h.host().equals(host()) && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
