package org.mpstudio.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.folder.ProjectFiles;
import org.mpstudio.store.ProfileRepository;
import org.mpstudio.store.ProfileStore;
import org.mpstudio.ui.insert.InsertChartDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator with six breakdowns gives the chart dialog six filter rows: in a window too low for them all, none of
 * the dialog's rows is squeezed onto another (the choices scroll instead).
 */
class ChartDialogManyFiltersTest extends ScreenTestSupport {

    /** The sample with an illustrative indicator broken down six ways. */
    @Override
    protected Path profile(Path folder) throws Exception {
        Path source = ProjectFiles.copyOfSample("viet-nam", folder.resolve("source"));
        Files.writeString(source.resolve("indicators.csv"), "many_dims,Six breakdowns (test),persons,0,"
                + "sex;age_group;origin;province;level;type,,,Test,Illustrative only.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path observations = source.resolve("data/observations.csv");
        List<String> header = List.of(Files.readAllLines(observations).get(0).split(","));
        String sourceId = Files.readAllLines(source.resolve("sources.csv")).get(1).split(",")[0];
        StringBuilder rows = new StringBuilder();
        for (int year = 2021; year <= 2023; year++) {
            List<String> row = new ArrayList<>();
            for (String column : header) {
                row.add(switch (column) {
                    case "indicator" -> "many_dims";
                    case "period" -> String.valueOf(year);
                    case "value" -> String.valueOf(100 + year % 7);
                    case "source" -> sourceId;
                    case "status" -> "reported";
                    case "sex" -> "F";
                    case "age_group" -> "Y15T24";
                    case "origin" -> "JPN";
                    case "province" -> "HN";
                    case "level" -> "primary";
                    case "type" -> "contract";
                    default -> "";
                });
            }
            rows.append(String.join(",", row)).append('\n');
        }
        Files.writeString(observations, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = folder.resolve("many.mprofile");
        try (ProfileStore store = ProfileStore.create(out)) {
            new ProfileRepository(store).insertAll(ProfileFolder.read(source), "test");
        }
        return out;
    }

    @Test
    void sixFilterRowsDoNotOverlap(FxRobot robot) throws Exception {
        openChapter(robot, "introduction", "Introduction");
        InsertChartDialog[] dialog = new InsertChartDialog[1];
        robot.interact(() -> {
            dialog[0] = window.showInsertChart();
            dialog[0].model().select("many_dims");
            // as on a laptop screen: less room than the rows need
            dialog[0].stage().setHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> rows = new ArrayList<>(robot.lookup(n -> n.getId() != null
                && n.getId().startsWith("insert-filter-")).queryAll());
        assertEquals(6, rows.size(), "a filter for every breakdown");
        rows.add(robot.lookup("#insert-id").query());
        rows.sort(Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY()));
        for (int i = 1; i < rows.size(); i++) {
            Bounds above = rows.get(i - 1).localToScene(rows.get(i - 1).getBoundsInLocal());
            Bounds below = rows.get(i).localToScene(rows.get(i).getBoundsInLocal());
            assertTrue(above.getMaxY() <= below.getMinY() + 0.5, rows.get(i - 1).getId() + " ends at "
                    + above.getMaxY() + " below " + rows.get(i).getId() + " starting at " + below.getMinY());
            assertTrue(above.getHeight() >= 20, rows.get(i - 1).getId() + " is " + above.getHeight() + " high");
        }
        robot.interact(() -> dialog[0].stage().close());
    }
}
