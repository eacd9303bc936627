package org.mpstudio.ui.insert;

import javafx.collections.FXCollections;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mpstudio.i18n.Messages;
import org.mpstudio.model.ChartSpec.ChartType;
import org.mpstudio.ui.common.DialogWindow;
import org.mpstudio.ui.common.UiText;
import org.mpstudio.ui.workspace.WorkspaceModel;

import java.util.Locale;

/**
 * Insert > Chart: pick the indicator, chart type, axes, filters, periods, title, note and id; the chart is drawn as
 * the draft will draw it; Insert puts its {@code chart} block at the caret on lines of its own.
 */
public final class InsertChartDialog {

    private final InsertChartViewModel model;
    private final ChartPreview preview;
    private final Stage stage;

    public InsertChartDialog(Window owner, WorkspaceModel workspace, InsertTarget target) {
        UiText text = workspace.text();
        String lang = workspace.editLanguage();
        model = new InsertChartViewModel(workspace.contentProperty().get(), lang,
                workspace.figureIdsProperty().get());
        FigureForm form = new FigureForm(text, model);
        form.row("insertChart.type", form.combo("insert-type", FXCollections.observableArrayList(ChartType.values()),
                model.typeProperty(), t -> text.get("insertChart.type." + t.name().toLowerCase(Locale.ROOT))));
        form.row("insertChart.x", form.combo("insert-x", model.xOptions(), model.xProperty(), form.axisLabel("")));
        form.row("insertChart.series", form.combo("insert-series", model.seriesOptions(), model.seriesProperty(),
                form.axisLabel("insertChart.oneSeries")));
        form.laterRow("insertChart.note", form.field("insert-note", model.noteProperty()));
        preview = new ChartPreview(text, model, Messages.forLanguage(lang).words("word."));
        stage = form.stage(owner, "insertChart.title", "insert-chart-dialog", preview.node(), target);
        stage.setOnHidden(e -> preview.close());
    }

    public InsertChartViewModel model() {
        return model;
    }

    /** The preview's image, null until a chart is drawn. */
    public Image previewImage() {
        return preview.imageProperty().get();
    }

    /** True when the preview shows the chart of the newest choice (drawings of older ones are dropped). */
    public boolean previewIsCurrent() {
        return preview.showsNewest();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        DialogWindow.show(stage);
    }
}
