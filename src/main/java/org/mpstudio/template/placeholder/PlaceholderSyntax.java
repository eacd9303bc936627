package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the inside of {@code {{...}}} into kind, indicator id and {@code name=value} arguments. A placeholder whose
 * inside does not follow the syntax still becomes a {@link Placeholder} node, marked malformed with a problem code,
 * so {@code check} can point at it instead of silently printing braces.
 */
final class PlaceholderSyntax {

    static final Set<String> KINDS = Set.of("value", "latest-period", "change");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ARG = Pattern.compile("\\s*([a-z][a-z0-9_]*)=(?:\"([^\"]*)\"|([^\\s\"]+))");

    private PlaceholderSyntax() {
    }

    static Placeholder parse(BasedSequence all, BasedSequence open, BasedSequence inside, BasedSequence close) {
        int start = 0;
        while (start < inside.length() && Character.isWhitespace(inside.charAt(start))) {
            start++;
        }
        int kindEnd = wordEnd(inside, start);
        BasedSequence kind = inside.subSequence(start, kindEnd);
        int keyStart = skipSpace(inside, kindEnd);
        int keyEnd = wordEnd(inside, keyStart);
        BasedSequence key = inside.subSequence(keyStart, keyEnd);
        BasedSequence arguments = inside.subSequence(keyEnd);
        Map<String, String> args = new LinkedHashMap<>();
        String malformed = "";
        if (kind.isEmpty()) {
            malformed = "placeholder.empty";
        } else if (!KINDS.contains(kind.toString())) {
            malformed = "placeholder.unknownKind";
        } else if (key.isEmpty() || key.toString().contains("=")) {
            malformed = "placeholder.missingIndicator";
            arguments = inside.subSequence(keyStart);
            key = inside.subSequence(keyStart, keyStart);
        } else if (!ID.matcher(key).matches()) {
            malformed = "placeholder.badIndicatorId";
        } else {
            malformed = parseArgs(arguments.toString(), args);
        }
        return new Placeholder(all, open, kind, key, arguments, close, args, malformed);
    }

    private static String parseArgs(String text, Map<String, String> into) {
        Matcher m = ARG.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return "placeholder.badArgument";
            }
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (into.put(m.group(1), value) != null) {
                return "placeholder.duplicateArgument";
            }
            at = m.end();
        }
        return "";
    }

    private static int wordEnd(BasedSequence s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(BasedSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
