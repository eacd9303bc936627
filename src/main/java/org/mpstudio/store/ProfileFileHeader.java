package org.mpstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a file's first 100 bytes before SQLite sees it, so that a file that is not SQLite, or was cut short in a
 * copy or an e-mail, gets a clear message instead of a driver error, and is never modified.
 */
final class ProfileFileHeader {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProfileFileHeader() {
    }

    static void verify(Path file) throws StoreException {
        byte[] header = new byte[100];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int n = in.readNBytes(header, 0, header.length);
            if (n < MAGIC.length || !startsWithMagic(header)) {
                throw new StoreException("store.notSqlite", file, null);
            }
            if (n < header.length) {
                throw new StoreException("store.truncated", file, null);
            }
        } catch (IOException e) {
            throw new StoreException("store.unreadable", file, e);
        }
        ByteBuffer buf = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(buf.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pages = Integer.toUnsignedLong(buf.getInt(28));
        boolean pageCountValid = buf.getInt(24) == buf.getInt(92) && pages > 0;
        if (pageCountValid && size < pages * pageSize) {
            throw new StoreException("store.truncated", file, null);
        }
        if (size % pageSize != 0) {
            throw new StoreException("store.truncated", file, null);
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
