package org.mpstudio.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The editor's own texts ({@code org/mpstudio/ui/messages*.properties}) in the current UI language, which can change
 * while the editor runs: views bind labels to {@link #bind}, so switching the language relabels everything at once.
 */
public final class UiText {

    /** The UI languages, in menu order. */
    public static final List<String> LANGUAGES = List.of("en", "vi", "lo");
    static final String BUNDLE = "org.mpstudio.ui.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    /** The bundle of the language last asked for (texts are asked for on the JavaFX thread and in tasks). */
    private volatile Loaded loaded;

    public UiText(String lang) {
        setLanguage(lang);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public String language() {
        return locale.get().getLanguage();
    }

    public void setLanguage(String lang) {
        locale.set(Locale.forLanguageTag(lang));
    }

    /** The text of {@code key} now, with {@code args} filled in; the key itself when missing. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle().getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The bundle of the language now, kept: the binder's rows alone ask for it hundreds of times. */
    private ResourceBundle bundle() {
        Locale now = locale.get();
        Loaded b = loaded;
        if (b == null || !b.locale().equals(now)) {
            b = new Loaded(now, ResourceBundle.getBundle(BUNDLE, now, NO_FALLBACK));
            loaded = b;
        }
        return b.bundle();
    }

    private record Loaded(Locale locale, ResourceBundle bundle) {
    }

    /** The text of {@code key}, following language changes. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /**
     * Sets the UI language's style classes on a node's {@code classes}: {@code lang-en}, {@code lang-vi} or
     * {@code lang-lo} (style sheets give Lao controls the Lao font through it), and with {@code laoFont} also the
     * Lao font class for all text under it in Lao. Changes the list only when something changes (a change restyles
     * everything under the node).
     */
    public static void languageClasses(List<String> classes, String lang, boolean laoFont) {
        List<String> now = new java.util.ArrayList<>(classes);
        now.removeAll(List.of("lang-lo", "lang-vi", "lang-en", LaoText.STYLE_CLASS));
        now.add("lang-" + lang);
        if (laoFont && "lo".equals(lang)) {
            now.add(LaoText.STYLE_CLASS);
        }
        if (!now.equals(classes)) {
            classes.clear();
            classes.addAll(now);
        }
    }
}
