package org.mpstudio.export.pdf;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code file:} URLs for LibreOffice that are pure ASCII: every byte outside {@code A-Z a-z 0-9 - . _ ~ / :} is
 * percent-encoded, so Vietnamese folder names, spaces, commas, quotes and brackets survive the job file, the
 * command line and Basic on every system.
 */
final class FileUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FileUrls() {
    }

    static String of(Path path) {
        String s = path.toAbsolutePath().normalize().toString();
        if (File.separatorChar == '\\') {
            s = s.replace('\\', '/');
        }
        String prefix;
        if (s.startsWith("//")) {
            prefix = "file:"; // Windows UNC path: //server/share/...
        } else if (s.startsWith("/")) {
            prefix = "file://";
        } else {
            prefix = "file:///"; // Windows drive: C:/...
        }
        StringBuilder out = new StringBuilder(prefix);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
