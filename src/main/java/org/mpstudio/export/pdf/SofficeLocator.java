package org.mpstudio.export.pdf;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds LibreOffice's {@code soffice}, in this order: the configured path, {@code $MPSTUDIO_SOFFICE}, {@code PATH},
 * then the usual install folders of Linux, Windows and macOS. A configured path or variable may name the program or
 * its folder (the LibreOffice folder, its {@code program} folder, or {@code LibreOffice.app}). Immutable.
 */
final class SofficeLocator {

    static final String ENV_VARIABLE = "MPSTUDIO_SOFFICE";
    private static final System.Logger LOG = System.getLogger(SofficeLocator.class.getName());

    private final Map<String, String> env;
    private final boolean windows;
    private final List<Path> installCandidates;

    SofficeLocator(Map<String, String> env, String osName, List<Path> installCandidates) {
        this.env = Map.copyOf(env);
        this.windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        this.installCandidates = List.copyOf(installCandidates);
    }

    /** The locator for this machine: its environment, operating system and install folders. */
    static SofficeLocator forThisMachine() {
        String os = System.getProperty("os.name", "");
        return new SofficeLocator(System.getenv(), os, installCandidates(os, System.getenv(),
                Path.of(System.getProperty("user.home", "."))));
    }

    Optional<Path> find(Optional<Path> configured) {
        Optional<Path> hit = configured.filter(p -> !p.toString().isBlank()).flatMap(this::program);
        if (configured.isPresent() && !configured.get().toString().isBlank() && hit.isEmpty()) {
            LOG.log(Level.WARNING, "configured soffice {0} not found; searching elsewhere", configured.get());
        }
        String fromEnv = env.getOrDefault(ENV_VARIABLE, "");
        if (hit.isEmpty() && !fromEnv.isBlank()) {
            hit = program(Path.of(fromEnv.strip()));
            if (hit.isEmpty()) {
                LOG.log(Level.WARNING, "{0}={1} is not soffice; searching elsewhere", ENV_VARIABLE, fromEnv);
            }
        }
        if (hit.isEmpty()) {
            hit = onPath();
        }
        if (hit.isEmpty()) {
            hit = installCandidates.stream().filter(SofficeLocator::runnable).findFirst();
        }
        hit.ifPresent(p -> LOG.log(Level.DEBUG, "soffice: {0}", p));
        return hit;
    }

    /** The program itself, or the program inside the given LibreOffice folder. */
    private Optional<Path> program(Path given) {
        if (Files.isDirectory(given)) {
            String exe = windows ? "soffice.exe" : "soffice";
            return List.of(given.resolve(exe), given.resolve("program").resolve(exe),
                            given.resolve("Contents").resolve("MacOS").resolve(exe))
                    .stream().filter(SofficeLocator::runnable).findFirst();
        }
        return runnable(given) ? Optional.of(given) : Optional.empty();
    }

    private Optional<Path> onPath() {
        List<String> names = windows ? List.of("soffice.exe") : List.of("soffice", "libreoffice");
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : names) {
                Path p = Path.of(dir.strip()).resolve(name);
                if (runnable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    /** The usual places LibreOffice installs to on the given system (for {@code /opt}, in a stable order). */
    static List<Path> installCandidates(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> out = new ArrayList<>();
        if (os.startsWith("windows")) {
            for (String var : List.of("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")) {
                String dir = env.get(var);
                if (dir != null && !dir.isBlank()) {
                    out.add(Path.of(dir, "LibreOffice", "program", "soffice.exe"));
                }
            }
            out.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
            out.add(Path.of("C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"));
        } else if (os.contains("mac")) {
            out.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
            out.add(home.resolve("Applications/LibreOffice.app/Contents/MacOS/soffice"));
        } else {
            out.add(Path.of("/usr/bin/soffice"));
            out.add(Path.of("/usr/local/bin/soffice"));
            out.add(Path.of("/usr/lib/libreoffice/program/soffice"));
            out.add(Path.of("/usr/lib64/libreoffice/program/soffice"));
            out.addAll(optInstalls());
        }
        return out;
    }

    private static List<Path> optInstalls() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/opt"), "libreoffice*")) {
            dirs.forEach(d -> out.add(d.resolve("program").resolve("soffice")));
        } catch (IOException | SecurityException e) {
            return List.of(); // no /opt, or not readable: nothing installed there
        }
        out.sort(Comparator.comparing(Path::toString).reversed());
        return out;
    }
}
