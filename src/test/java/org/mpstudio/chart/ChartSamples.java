package org.mpstudio.chart;

import org.mpstudio.model.doc.ChartData;

import java.util.Arrays;
import java.util.List;

/** Small chart data for the tests: Viet Nam's workers deployed abroad. */
final class ChartSamples {

    static final List<String> YEARS = List.of("2020", "2021", "2022", "2023");

    private ChartSamples() {
    }

    /** One series over four years, in {@code lang}. */
    static ChartData single(String kind, String lang) {
        return new ChartData(kind, YEARS, List.of(series("Workers", 78641d, 45058d, 142779d, 159986d)), "Persons",
                "DOLAB (2024)", "", 0, lang);
    }

    /** Three destinations over four years, with two missing figures. */
    static ChartData multi(String kind, String lang) {
        return new ChartData(kind, YEARS, List.of(
                series("Japan", 38891d, 67295d, 80000d, null),
                series("Taiwan", 34537d, 58598d, 58600d, 62000d),
                series("Korea", 1309d, 9968d, null, 11600d)), "Persons", "DOLAB (2024)", "", 0, lang);
    }

    static ChartData.Series series(String name, Double... values) {
        return new ChartData.Series(name, Arrays.asList(values));
    }

    static ChartData of(String kind, List<String> categories, String lang, ChartData.Series... series) {
        return new ChartData(kind, categories, List.of(series), "Persons", "DOLAB (2024)", "", 0, lang);
    }
}
