package org.mpstudio.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A profile file could not be opened, read or written. Carries a message key (see {@code problems.properties})
 * and arguments, the first of which is always the file, so the CLI and UI can say which file and what to do.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<Object> args;

    public StoreException(String code, Path file, Throwable cause, Object... more) {
        super(code + " " + file + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.code = code;
        Object[] all = new Object[more.length + 1];
        all[0] = file.toString();
        System.arraycopy(more, 0, all, 1, more.length);
        this.args = List.of(all);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
