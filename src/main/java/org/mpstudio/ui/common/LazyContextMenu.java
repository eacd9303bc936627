package org.mpstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.input.ContextMenuEvent;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A control's right-click menu made the first time it is asked for, not while the window is built: making a menu
 * and its items costs tens of milliseconds in a cold start, and most sessions never open some of them.
 */
public final class LazyContextMenu {

    private LazyContextMenu() {
    }

    /** Gives {@code control} the menu {@code make} returns, made on the first right-click (or menu key). */
    public static void install(Control control, Supplier<ContextMenu> make) {
        install(control, control::getContextMenu, control::setContextMenu, make);
    }

    /** The same for a rich-text area, which keeps its own menu. */
    public static void install(GenericStyledArea<?, ?, ?> area, Supplier<ContextMenu> make) {
        install(area, area::getContextMenu, area::setContextMenu, make);
    }

    private static void install(Node node, Supplier<ContextMenu> has, Consumer<ContextMenu> set,
                                Supplier<ContextMenu> make) {
        // a filter runs before the node's own handler, which shows whatever menu the node has by then
        node.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (has.get() == null) {
                set.accept(make.get());
            }
        });
    }
}
