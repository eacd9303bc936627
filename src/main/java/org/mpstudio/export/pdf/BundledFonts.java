package org.mpstudio.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies font files into a folder as real files, which LibreOffice needs: either the {@code .ttf}/{@code .otf}
 * files of a given folder, or the fonts bundled on the class path under {@code /fonts/} (from a folder in
 * development, from the application jar when installed). A file already there with the same size is kept.
 */
final class BundledFonts {

    static final String RESOURCE_FOLDER = "fonts/";

    private final ClassLoader loader;

    BundledFonts(ClassLoader loader) {
        this.loader = loader;
    }

    /** Copies the fonts of {@code fontsDir}, or the bundled fonts when it is null; returns how many it (re)wrote. */
    int copyTo(Path target, Path fontsDir) throws IOException {
        Files.createDirectories(target);
        int count = 0;
        if (fontsDir != null) {
            try (Stream<Path> files = Files.list(fontsDir)) {
                for (Path f : files.filter(BundledFonts::isFont).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        count += copy(in, Files.size(f), target.resolve(f.getFileName().toString()));
                    }
                }
            }
            return count;
        }
        for (String name : resourceNames()) {
            URL url = loader.getResource(RESOURCE_FOLDER + name);
            long size = url.openConnection().getContentLengthLong();
            try (InputStream in = url.openStream()) {
                count += copy(in, size, target.resolve(name));
            }
        }
        return count;
    }

    /** The file names of the fonts under {@code /fonts/} on the class path, sorted; empty if there are none. */
    List<String> resourceNames() throws IOException {
        URL folder = loader.getResource(RESOURCE_FOLDER);
        if (folder == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Collections.list(jar.entries()).forEach(e -> {
                    String rest = e.getName().startsWith(RESOURCE_FOLDER)
                            ? e.getName().substring(RESOURCE_FOLDER.length()) : "";
                    if (!rest.contains("/") && isFont(rest)) {
                        names.add(rest);
                    }
                });
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.filter(BundledFonts::isFont).forEach(f -> names.add(f.getFileName().toString()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot list the bundled fonts at " + folder, e);
            }
        }
        Collections.sort(names);
        return names;
    }

    private static int copy(InputStream in, long size, Path to) throws IOException {
        if (size >= 0 && Files.isRegularFile(to) && Files.size(to) == size) {
            return 0;
        }
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        return 1;
    }

    private static boolean isFont(Path file) {
        return Files.isRegularFile(file) && isFont(file.getFileName().toString());
    }

    private static boolean isFont(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc");
    }
}
