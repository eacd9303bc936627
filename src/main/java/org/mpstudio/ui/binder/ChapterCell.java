package org.mpstudio.ui.binder;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;

import java.util.List;

/**
 * A chapter in the binder: number and title, the status as a coloured tag, lead agency and assignee on a second
 * line; dragging a chapter onto another puts it before that one.
 */
final class ChapterCell extends TreeCell<ChapterRow> {

    private final Label title = new Label();
    private final Label status = new Label();
    private final Label who = new Label();
    private final VBox box;
    private final UiText text;
    /** One tooltip per cell, its text changed with the row: making a tooltip per update costs the window time. */
    private final Tooltip tip = new Tooltip();

    ChapterCell(BinderViewModel model, UiText text) {
        this.text = text;
        title.getStyleClass().add("chapter-title");
        status.getStyleClass().add("status-tag");
        who.getStyleClass().add("chapter-who");
        title.setMinWidth(0);
        who.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox second = new HBox(6, status, who);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(2, title, second);
        box.getStyleClass().add("chapter-cell");
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null && !model.isReadOnly()) {
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.putString(getItem().id());
                db.setContent(c);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && getItem() != null
                    && !getItem().id().equals(e.getDragboard().getString())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasString() && getItem() != null;
            if (ok) {
                model.moveBefore(e.getDragboard().getString(), getItem().id());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    protected void updateItem(ChapterRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        title.setText(row.label());
        LaoText.markLao(title.getStyleClass(), row.title());
        String code = row.status().code();
        status.setText(text.get("status." + code));
        List<String> statusClasses = List.of("status-tag", "status-" + code);
        if (!status.getStyleClass().equals(statusClasses)) {
            // set only when the status changed: any change to the list restyles the tag
            status.getStyleClass().setAll(statusClasses);
        }
        String people = String.join(" · ", java.util.stream.Stream.of(row.leadAgency(), row.assignee())
                .filter(s -> !s.isEmpty()).toList());
        who.setText(people);
        setText(null);
        setGraphic(box);
        tip.setText(row.label() + "\n" + text.get("binder.lead") + ": " + row.leadAgency() + "\n"
                + text.get("binder.assignee") + ": " + row.assignee() + "\n" + text.get("binder.status") + ": "
                + status.getText());
        setTooltip(tip);
    }
}
