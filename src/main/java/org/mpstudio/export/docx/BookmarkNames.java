package org.mpstudio.export.docx;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Word bookmark names for block ids: {@code mp_} + the id with every character that is not an ASCII letter or digit
 * turned into {@code _} ({@code fig:deployed} -> {@code mp_fig_deployed}). Word accepts at most 40 characters, a
 * leading letter and only letters, digits and underscores; a name that is too long, or would collide with another
 * block's, is truncated and gets {@code _} plus 6 hex digits of a CRC of the id, so it stays the same from one
 * export to the next. Hidden cross-reference targets ({@code _Ref...}) follow the same rule. Not thread-safe.
 */
final class BookmarkNames {

    static final int MAX = 40;

    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** The bookmark around block {@code blockId}. */
    String block(String blockId) {
        return name("mp_", blockId);
    }

    /** The hidden bookmark around a block's label and number ("Figure 3.2", "2.1"), which REF fields show. */
    String reference(String blockId) {
        return name("_Ref_", blockId);
    }

    private String name(String prefix, String id) {
        String key = prefix + '\u0000' + id;
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String base = prefix + sanitize(id);
        String name = base;
        if (name.length() > MAX || used.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            String hash = hash(id);
            name = base.substring(0, Math.min(base.length(), MAX - hash.length() - 1)) + "_" + hash;
            for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                String more = hash(id + "#" + i);
                name = base.substring(0, Math.min(base.length(), MAX - more.length() - 1)) + "_" + more;
            }
        }
        // Word compares bookmark names without regard to case
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        byKey.put(key, name);
        return name;
    }

    static String sanitize(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    private static String hash(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return String.format("%06x", crc.getValue() & 0xFFFFFF);
    }
}
