package org.mpstudio.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The profiles opened last, newest first, one path a line in {@code recent.txt}. Never fails: it is a convenience. */
public final class RecentFiles {

    private static final int MAX = 8;
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    private final Path file;

    public RecentFiles(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).map(Path::of)
                    .limit(MAX).toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file, e);
            return List.of();
        }
    }

    /** Puts {@code profile} first. */
    public List<Path> add(Path profile) {
        List<Path> out = new ArrayList<>(list());
        Path abs = profile.toAbsolutePath().normalize();
        out.remove(abs);
        out.add(0, abs);
        List<Path> kept = out.subList(0, Math.min(MAX, out.size()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, kept.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write " + file, e);
        }
        return List.copyOf(kept);
    }
}
