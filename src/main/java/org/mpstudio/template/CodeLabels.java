package org.mpstudio.template;

import org.mpstudio.i18n.Messages;

import java.util.Optional;

/**
 * Labels of dimension names and codes ({@code JPN} -> "Japan", {@code F} -> "Women") in one language, from the
 * {@code codes} bundle; a name or code it has no label for is shown as itself.
 */
public final class CodeLabels {

    private final Messages messages;

    public CodeLabels(String lang) {
        this.messages = Messages.forLanguage(lang);
    }

    public String dimension(String name) {
        return messages.code("dimension." + name).orElse(name);
    }

    public String value(String dimension, String code) {
        Optional<String> label = messages.code(dimension + "." + code);
        if (label.isEmpty() && (dimension.equals("destination") || dimension.equals("origin")
                || dimension.equals("corridor"))) {
            label = messages.code("country." + code);
        }
        return label.orElse(code);
    }

    String country(String iso2) {
        return messages.code("country2." + iso2).orElse(iso2);
    }
}
