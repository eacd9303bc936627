package org.mpstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong in a user's input, located as precisely as we can: a file (or chapter) and a line and column,
 * 1-based, 0 when unknown. Core code never builds sentences: {@code code} is a message key in
 * {@code org/mpstudio/i18n/problems.properties} or {@code ingest.properties} (with translations beside them) and
 * {@code args} fill its {@code {0}}, {@code {1}} ...
 *
 * @param severity how bad it is
 * @param code     message key, e.g. {@code import.value.notNumber}
 * @param where    the file path or, for chapters, {@code chapter <id> (<lang>)}
 * @param line     1-based line or row, 0 when not applicable
 * @param column   1-based column, 0 when not applicable
 * @param args     message arguments (strings or numbers)
 */
public record Problem(Severity severity, String code, String where, int line, int column, List<Object> args) {

    /** Severity of a problem: errors block an import or make {@code check} fail; warnings are advice. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        where = where == null ? "" : where;
        args = List.copyOf(args);
    }

    public static Problem error(String code, String where, int line, int column, Object... args) {
        return new Problem(Severity.ERROR, code, where, line, column, List.of(args));
    }

    public static Problem warning(String code, String where, int line, int column, Object... args) {
        return new Problem(Severity.WARNING, code, where, line, column, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
