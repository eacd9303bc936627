package org.mpstudio.ui.data;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.mpstudio.ui.common.LaoText;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table cell showing its value as words: Latin-only data keeps a Latin font in a Lao UI, and text too long for
 * the column is in a tooltip.
 */
final class TextCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> words;
    private final Predicate<T> muted;

    /** @param muted which values to show quietly (a total among codes) */
    TextCell(Function<T, String> words, Predicate<T> muted, String... styleClasses) {
        this.words = words;
        this.muted = muted;
        getStyleClass().addAll(styleClasses);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String s = empty || item == null ? null : words.apply(item);
        setText(s);
        setTooltip(s == null || s.length() < 24 ? null : new Tooltip(s));
        LaoText.markLatin(this, s);
        getStyleClass().remove("muted");
        if (s != null && muted.test(item)) {
            getStyleClass().add("muted");
        }
    }
}
