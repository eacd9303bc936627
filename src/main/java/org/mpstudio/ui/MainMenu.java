package org.mpstudio.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.mpstudio.ui.common.UiText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The menu bar: File, Edit, View, Insert, Chapter and Language; actions come from the main window. */
final class MainMenu {

    /** What the menus do. */
    interface Actions {
        void newProfile();

        void open();

        void openRecent(Path file);

        void save();

        void saveAs();

        void exportDraft();

        void importData();

        void insertValue();

        void insertChart();

        void insertTable();

        void crossReference();

        void toggleProblems();

        void dataBrowser();

        void history();

        void quit();

        void undo();

        void redo();

        void removeGuidance(boolean all);
    }

    /** The language names in their own script, never translated. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "vi", "Tiếng Việt", "lo", "ລາວ");

    private final UiText text;
    private final Menu recent = new Menu();
    private final MenuBar bar = new MenuBar();
    private final List<MenuItem> insertItems;

    MainMenu(UiText text, Actions actions, Consumer<String> language) {
        this.text = text;
        recent.textProperty().bind(text.bind("menu.file.recent"));
        recent.setId("menu-recent");
        Menu file = menu("menu.file", "menu-file",
                item("menu.file.new", "Shortcut+N", actions::newProfile),
                item("menu.file.open", "Shortcut+O", actions::open), recent, new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", actions::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", actions::saveAs), new SeparatorMenuItem(),
                item("menu.file.import", "Shortcut+I", actions::importData),
                item("menu.file.export", "Shortcut+E", actions::exportDraft), new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", actions::quit));
        Menu edit = menu("menu.edit", "menu-edit", item("menu.edit.undo", "Shortcut+Z", actions::undo),
                item("menu.edit.redo", "Shortcut+Y", actions::redo), new SeparatorMenuItem(),
                item("menu.edit.removeGuidance", "Shortcut+Shift+G", () -> actions.removeGuidance(false)),
                item("menu.edit.removeAllGuidance", null, () -> actions.removeGuidance(true)));
        Menu insert = menu("menu.insert", "menu-insert",
                item("menu.insert.value", "Shortcut+Shift+V", actions::insertValue),
                item("menu.insert.chart", "Shortcut+Shift+C", actions::insertChart),
                item("menu.insert.table", "Shortcut+Shift+T", actions::insertTable),
                item("menu.insert.crossReference", "Shortcut+Shift+R", actions::crossReference));
        insert.getItems().get(0).setId("menu-insert-value");
        insert.getItems().get(1).setId("menu-insert-chart");
        insert.getItems().get(2).setId("menu-insert-table");
        insert.getItems().get(3).setId("menu-insert-crossReference");
        insertItems = List.copyOf(insert.getItems());
        Menu view = menu("menu.view", "menu-view", item("menu.view.problems", "F8", actions::toggleProblems),
                item("menu.view.data", "Shortcut+D", actions::dataBrowser));
        Menu chapter = menu("menu.chapter", "menu-chapter",
                item("menu.chapter.history", "Shortcut+H", actions::history));
        Menu lang = menu("menu.language", "menu-language");
        ToggleGroup group = new ToggleGroup();
        for (String code : UiText.LANGUAGES) {
            RadioMenuItem i = new RadioMenuItem(LANGUAGE_NAMES.get(code));
            i.setId("lang-" + code);
            i.setToggleGroup(group);
            i.setSelected(code.equals(text.language()));
            i.setOnAction(e -> language.accept(code));
            lang.getItems().add(i);
        }
        bar.getMenus().addAll(file, edit, view, insert, chapter, lang);
    }

    MenuBar bar() {
        return bar;
    }

    /** Disables the Insert menu's items while {@code disabled} holds (no chapter open, or a read-only profile). */
    void disableInsert(ObservableBooleanValue disabled) {
        insertItems.forEach(i -> i.disableProperty().bind(disabled));
    }

    void setRecent(List<Path> files, Consumer<Path> open) {
        recent.getItems().clear();
        for (Path f : files) {
            MenuItem i = new MenuItem(f.getFileName() + "  —  " + f.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> open.accept(f));
            recent.getItems().add(i);
        }
        recent.setDisable(files.isEmpty());
    }

    private Menu menu(String key, String id, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(text.bind(key));
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    /** A menu item with the id {@code key} dotted with hyphens ({@code menu-insert-value}). */
    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.setId(key.replace('.', '-'));
        i.textProperty().bind(text.bind(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
