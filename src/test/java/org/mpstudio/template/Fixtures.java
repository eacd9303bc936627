package org.mpstudio.template;

import org.mpstudio.model.Chapter;
import org.mpstudio.model.ChapterStatus;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.model.ProfileMeta;
import org.mpstudio.model.Source;
import org.mpstudio.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small profile built in code for resolver and checker tests: two indicators, a few figures, one source. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Indicator workers() {
        return new Indicator("workers_deployed_contract", "Workers deployed", Unit.PERSONS, 0,
                List.of("sex", "destination"), List.of("5", "6"), List.of(), "DOLAB", "Contract workers sent abroad.");
    }

    public static Indicator remittances() {
        return new Indicator("remittances_inflow", "Remittances", Unit.USD_BILLION, 1, List.of(), List.of("20"),
                List.of(), "SBV", "Personal remittances received.");
    }

    public static List<Observation> observations() {
        List<Observation> out = new ArrayList<>();
        out.add(obs("workers_deployed_contract", "2019", Map.of(), 147387));
        out.add(obs("workers_deployed_contract", "2022", Map.of(), 142779));
        out.add(obs("workers_deployed_contract", "2023", Map.of(), 159986));
        out.add(obs("workers_deployed_contract", "2022", Map.of("destination", "JPN"), 67295));
        out.add(obs("remittances_inflow", "2015", Map.of(), 12.248));
        out.add(obs("remittances_inflow", "2022", Map.of(), 19));
        return out;
    }

    public static Observation obs(String indicator, String period, Map<String, String> dims, double value) {
        return new Observation(indicator, Period.parse(period).orElseThrow(), Dimensions.of(dims), value, "dolab",
                "reported", "");
    }

    public static ProfileContent profile(String... chapterBodies) {
        List<Chapter> chapters = new ArrayList<>();
        List<ChapterText> texts = new ArrayList<>();
        for (int i = 0; i < chapterBodies.length; i++) {
            String id = "ch" + (i + 1);
            chapters.add(new Chapter(id, "", ChapterStatus.DRAFT, "", ""));
            texts.add(new ChapterText(id, "en", "Chapter " + (i + 1), chapterBodies[i]));
        }
        return new ProfileContent(new ProfileMeta("Test profile", "VN", List.of("en"), 2023, "MOFA", "", 10),
                chapters, texts, List.of(workers(), remittances()),
                List.of(new Source("dolab", "DOLAB", "Annual report", "2024", "", "", "")), observations());
    }
}
