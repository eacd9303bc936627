package org.mpstudio.cli;

import org.mpstudio.model.Problem;

import java.util.List;

/** The {@code --json} form of a list of problems: stable keys for scripts and CI. */
final class JsonReport {

    private JsonReport() {
    }

    static String of(String profile, List<Problem> problems, Console console) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"profile\": ").append(quote(profile))
                .append(",\n  \"errors\": ").append(errors)
                .append(",\n  \"warnings\": ").append(problems.size() - errors)
                .append(",\n  \"problems\": [");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"severity\": ")
                    .append(quote(p.isError() ? "error" : "warning"))
                    .append(", \"code\": ").append(quote(p.code()))
                    .append(", \"where\": ").append(quote(p.where()))
                    .append(", \"line\": ").append(p.line())
                    .append(", \"column\": ").append(p.column())
                    .append(", \"message\": ").append(quote(console.message(p))).append('}');
        }
        return sb.append(problems.isEmpty() ? "]\n}" : "\n  ]\n}").toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
