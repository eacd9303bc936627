package org.mpstudio.ui.data;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mpstudio.ui.common.LaoText;
import org.mpstudio.ui.common.UiText;

/** An indicator in the browser's list: its name, and under it its id and how many figures it has. */
final class IndicatorCell extends ListCell<DataBrowserViewModel.IndicatorRow> {

    private final UiText text;
    private final Label name = new Label();
    private final Label id = new Label();
    private final Label count = new Label();
    private final VBox box;

    IndicatorCell(UiText text) {
        this.text = text;
        name.getStyleClass().add("indicator-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        id.getStyleClass().addAll("indicator-id", LaoText.LATIN_CLASS);
        count.getStyleClass().add("indicator-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, id, gap, count);
        line.setAlignment(Pos.BASELINE_LEFT);
        box = new VBox(2, name, line);
        box.setMinWidth(0);
        box.setPrefWidth(1);
    }

    @Override
    protected void updateItem(DataBrowserViewModel.IndicatorRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        name.setText(row.indicator().name().isEmpty() ? row.indicator().id() : row.indicator().name());
        LaoText.markLatin(name, name.getText());
        id.setText(row.indicator().id());
        count.setText(text.get("data.indicator.count", row.count()));
        setGraphic(box);
    }
}
