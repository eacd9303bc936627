package org.mpstudio.chart;

import org.mpstudio.model.doc.ChartData;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Renders one chart of each kind with Viet Nam figures, in English, Vietnamese and Lao labels, to
 * {@code /tmp/charts/KIND-LANG.png} (16 x 9 cm at 300 dpi), plus stress cases, a half-width chart and a
 * preview-sized image, for looking at. Not a test: run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.mpstudio.chart.ChartGallery -Dexec.classpathScope=test}
 * or from the IDE, with an optional output folder as the argument.
 */
public final class ChartGallery {

    private static final List<String> YEARS = List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021",
            "2022", "2023");
    private static final List<Double> DEPLOYED = List.of(115980d, 126300d, 134751d, 142000d, 152000d, 78641d,
            45058d, 142779d, 159986d);

    private static final Map<String, List<String>> DESTINATIONS = Map.of(
            "en", List.of("Japan", "Taiwan (Province of China)", "Republic of Korea"),
            "vi", List.of("Nhật Bản", "Đài Loan (Trung Quốc)", "Hàn Quốc"),
            "lo", List.of("ຍີ່ປຸ່ນ", "ໄຕ້ຫວັນ (ຈີນ)", "ເກົາຫຼີໃຕ້"));
    private static final Map<String, String> WORKERS = Map.of(
            "en", "Workers deployed abroad", "vi", "Lao động đi làm việc ở nước ngoài",
            "lo", "ແຮງງານທີ່ໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ");
    private static final Map<String, String> PERSONS = Map.of("en", "Persons", "vi", "Người", "lo", "ຄົນ");
    private static final Map<String, String> SOURCE = Map.of(
            "en", "DOLAB (2024)", "vi", "Cục Quản lý lao động ngoài nước (2024)", "lo", "ກົມແຮງງານ (2024)");

    /** Many long category labels, to see wrapping and rotation. */
    private static final Map<String, List<String>> MANY = Map.of(
            "en", List.of("Japan", "Taiwan (Province of China)", "Republic of Korea", "China", "Singapore", "Malaysia",
                    "Saudi Arabia", "United Arab Emirates", "Romania", "Hungary", "Germany", "Other destinations"),
            "vi", List.of("Nhật Bản", "Đài Loan (Trung Quốc)", "Hàn Quốc", "Trung Quốc", "Singapore", "Malaysia",
                    "Ả Rập Xê Út", "Các Tiểu vương quốc Ả Rập Thống nhất", "Rumani", "Hungary", "Đức", "Nước khác"),
            "lo", List.of("ຍີ່ປຸ່ນ", "ໄຕ້ຫວັນ (ຈີນ)", "ເກົາຫຼີໃຕ້", "ຈີນ", "ສິງກະໂປ", "ມາເລເຊຍ", "ຊາອຸດີອາຣາເບຍ",
                    "ສະຫະລັດອາຣັບເອມິເຣດ", "ໂຣມາເນຍ", "ຮົງກາຣີ", "ເຢຍລະມັນ", "ປະເທດອື່ນໆ"));
    private static final List<Double> MANY_VALUES = List.of(80000d, 58600d, 11600d, 1200d, 900d, 700d, 500d,
            400d, 2100d, 1500d, 800d, 2500d);

    private ChartGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
        Files.createDirectories(dir);
        ChartRenderer renderer = new ChartRenderer();
        for (String lang : List.of("en", "vi", "lo")) {
            List<ChartData> charts = charts(lang);
            for (int i = 0; i < charts.size(); i++) {
                ChartData data = charts.get(i);
                // the first five are one of each kind; the rest are stress cases (many labels, six series)
                Path file = dir.resolve(data.kind() + (i < 5 ? "" : "-many") + "-" + lang + ".png");
                Files.write(file, renderer.png(data, 16, 9, 300, true));
                System.out.println(file);
            }
            // a half-width chart as in a two-column layout, and the editor's preview size on a 96 dpi screen
            Path narrow = dir.resolve("bar-8cm-" + lang + ".png");
            Files.write(narrow, renderer.png(charts.get(0), 8, 6, 300, false));
            Path preview = dir.resolve("stacked-preview-" + lang + ".png");
            ImageIO.write(renderer.image(charts.get(2), 640, 360, 96 / 72.0, false), "png", preview.toFile());
            System.out.println(narrow + "\n" + preview);
        }
    }

    static List<ChartData> charts(String lang) {
        List<String> dest = DESTINATIONS.get(lang);
        List<String> recent = YEARS.subList(5, 9);
        List<ChartData.Series> byDestination = List.of(
                new ChartData.Series(dest.get(0), Arrays.asList(38891d, 67295d, 80000d, null)),
                new ChartData.Series(dest.get(1), Arrays.asList(34537d, 58598d, 58600d, 62000d)),
                new ChartData.Series(dest.get(2), Arrays.asList(1309d, 9968d, null, 11600d)));
        List<ChartData.Series> byYear = List.of(
                new ChartData.Series("2022", List.of(67295d, 58598d, 9968d)),
                new ChartData.Series("2023", Arrays.asList(80000d, 58600d, 11600d)));
        ChartData.Series total = new ChartData.Series(WORKERS.get(lang), DEPLOYED);
        return List.of(
                data("bar", YEARS, List.of(total), lang),
                data("line", recent, byDestination, lang),
                data("stacked", recent, byDestination, lang),
                data("hbar", dest, byYear, lang),
                data("pie", dest, List.of(new ChartData.Series("2023", List.of(80000d, 58600d, 11600d))), lang),
                data("bar", MANY.get(lang), List.of(new ChartData.Series("", MANY_VALUES)), lang),
                data("line", YEARS, sixSeries(), lang),
                data("hbar", MANY.get(lang), List.of(new ChartData.Series("", MANY_VALUES)), lang));
    }

    /** Six series, to see the palette, dashes and markers side by side. */
    private static List<ChartData.Series> sixSeries() {
        List<ChartData.Series> out = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<Double> values = new ArrayList<>();
            for (int y = 0; y < YEARS.size(); y++) {
                values.add(s == 2 && y == 4 ? null : 20000d + 15000d * s + 2500d * y * (s % 3));
            }
            out.add(new ChartData.Series("Series " + (s + 1), values));
        }
        return out;
    }

    private static ChartData data(String kind, List<String> categories, List<ChartData.Series> series, String lang) {
        return new ChartData(kind, categories, series, PERSONS.get(lang), SOURCE.get(lang), "", 0, lang);
    }
}
