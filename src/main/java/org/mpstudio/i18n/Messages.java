package org.mpstudio.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message keys with arguments into sentences in one language. Core code reports keys (see
 * {@code org.mpstudio.model.Problem}); the CLI and the UI call this to show them. Bundles are UTF-8 properties
 * under {@code org/mpstudio/i18n/}: {@code problems} (profile, template and check problems), {@code ingest}
 * (figure import problems), {@code words} (words generated into drafts) and {@code progress} (export progress lines). A key found in no bundle is shown as itself, so a missing text is visible, not fatal.
 */
public final class Messages {

    private static final List<String> BUNDLES = List.of("org.mpstudio.i18n.problems", "org.mpstudio.i18n.ingest",
            "org.mpstudio.i18n.words", "org.mpstudio.i18n.progress");

    /** Falls back to the base bundle, never to the machine's default locale: English means English everywhere. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
    }

    /** Messages for a language code such as {@code en}, {@code vi} or {@code lo}. */
    public static Messages forLanguage(String lang) {
        return new Messages(Locale.forLanguageTag(lang));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} with {@code args} filled in, or the key itself when no bundle has it. An argument
     * that is {@link Keyed} is worded first, in the same language.
     */
    public String format(String key, List<?> args) {
        Object[] filled = args.stream().map(a -> a instanceof Keyed k ? format(k) : a).toArray();
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale).format(filled);
                }
            } catch (MissingResourceException e) {
                // this bundle does not exist yet in the build; try the next
            }
        }
        return args.isEmpty() ? key : key + " " + List.of(filled);
    }

    /** The text of a {@link Keyed} message. */
    public String format(Keyed message) {
        return format(message.key(), message.args());
    }

    public String get(String key, Object... args) {
        return format(key, List.of(args));
    }

    /** Every key of the {@code words} bundle starting with {@code prefix}, with its text in this language. */
    public java.util.Map<String, String> words(String prefix) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        ResourceBundle bundle = ResourceBundle.getBundle("org.mpstudio.i18n.words", locale, NO_FALLBACK);
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                out.put(key, bundle.getString(key));
            }
        }
        return out;
    }

    /** The label of a code such as {@code destination.JPN} or {@code sex.F}, or empty when the bundle has none. */
    public java.util.Optional<String> code(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.mpstudio.i18n.codes", locale, NO_FALLBACK);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    /** True when some bundle defines the key (for consistency tests). */
    public boolean has(String key) {
        for (String name : BUNDLES) {
            try {
                if (ResourceBundle.getBundle(name, locale, NO_FALLBACK).containsKey(key)) {
                    return true;
                }
            } catch (MissingResourceException e) {
                // not present
            }
        }
        return false;
    }
}
