package org.mpstudio.cli;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Problem;

import java.io.PrintStream;
import java.util.List;

/**
 * The only place that writes to the terminal: results to stdout, problems to stderr, one readable line each,
 * in the form {@code where:line:column: error: message}.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;

    Console(PrintStream out, PrintStream err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    static Console system() {
        return new Console(System.out, System.err, Messages.forLanguage("en"));
    }

    void info(String text) {
        out.println(text);
    }

    void error(String text) {
        err.println("error: " + text);
    }

    void problem(Problem p) {
        err.println(line(p));
    }

    void problems(List<Problem> problems) {
        problems.forEach(this::problem);
    }

    String line(Problem p) {
        StringBuilder sb = new StringBuilder(p.where());
        if (p.line() > 0) {
            sb.append(':').append(p.line());
            if (p.column() > 0) {
                sb.append(':').append(p.column());
            }
        }
        sb.append(": ").append(p.isError() ? "error" : "warning").append(": ").append(message(p));
        return sb.toString();
    }

    String message(Problem p) {
        return messages.format(p.code(), p.args());
    }

    String message(String code, List<Object> args) {
        return messages.format(code, args);
    }

    PrintStream out() {
        return out;
    }
}
