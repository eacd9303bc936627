package org.mpstudio.bench;

import org.mpstudio.folder.ProfileFolder;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic profile source folder of about 100 pages for the export benchmark: 20 chapters of generated
 * sentences, 30 charts and 12 tables over 6 indicators. Every figure is synthetic and its source says so.
 * Usage: {@code SyntheticProfile OUT_DIR}.
 */
public final class SyntheticProfile {

    private static final String[] WORDS = ("migration workers destination province remittances households survey "
            + "agency ministry returnees contract recruitment students employment border data estimate policy "
            + "programme district women men youth skills wages labour market trend figure record coverage").split(" ");
    private static final String[] COUNTRIES = {"JPN", "KOR", "TWN", "MYS", "SGP", "SAU"};

    private SyntheticProfile() {
    }

    public static void main(String[] args) throws Exception {
        ProfileFolder.write(build(), Path.of(args[0]));
    }

    static ProfileContent build() {
        Random random = new Random(42);
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "synthetic_" + i;
            indicators.add(new Indicator(id, "Synthetic indicator " + i, Unit.PERSONS, 0, List.of("destination"),
                    List.of(), List.of(), "Synthetic", "A made-up series for the benchmark."));
            for (int year = 2010; year <= 2023; year++) {
                observations.add(obs(id, year, Map.of(), 50_000 + random.nextInt(100_000)));
                for (String c : COUNTRIES) {
                    observations.add(obs(id, year, Map.of("destination", c), 1_000 + random.nextInt(30_000)));
                }
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        List<ChapterText> texts = new ArrayList<>();
        for (int ch = 1; ch <= 20; ch++) {
            String id = "chapter-" + ch;
            chapters.add(new Chapter(id, "", ChapterStatus.DRAFT, "", ""));
            texts.add(new ChapterText(id, "en", "Synthetic chapter " + ch, body(ch, random)));
        }
        ProfileMeta meta = new ProfileMeta("Synthetic Migration Profile", "VN", List.of("en"), 2023, "Benchmark",
                "iom-standard@1.0", 50);
        return new ProfileContent(meta, chapters, texts, indicators, List.of(new Source("synthetic", "Synthetic",
                "Generated for the export benchmark", "2026", "", "", "illustrative: every figure is made up")),
                observations);
    }

    private static String body(int ch, Random random) {
        StringBuilder sb = new StringBuilder();
        String ind = "synthetic_" + (ch % 6 + 1);
        for (int section = 1; section <= 4; section++) {
            sb.append("## Section ").append(section).append("\n\n");
            for (int p = 0; p < 5; p++) {
                sb.append(sentences(random, 6)).append(" In 2023 the series stood at {{value ").append(ind)
                        .append(" period=2023}} [@synthetic].\n\n");
            }
            if (section <= 2 && ch <= 15) {
                sb.append("The trend is shown in @fig:c").append(ch).append('s').append(section).append(".\n\n")
                        .append("```chart\nid: c").append(ch).append('s').append(section).append("\ntype: ")
                        .append(section == 1 ? "bar" : "line").append("\nindicator: ").append(ind)
                        .append("\nperiods: 2010-2023\ntitle: Synthetic series ").append(ch).append('.')
                        .append(section).append("\n```\n\n");
            }
            if (section == 3 && ch <= 12) {
                sb.append("The destinations are listed in @tbl:t").append(ch).append(".\n\n")
                        .append("```table\nid: t").append(ch).append("\nindicator: ").append(ind)
                        .append("\nrows: destination\ncolumns: period\nperiods: 2017-2023\ntitle: Synthetic table ")
                        .append(ch).append("\n```\n\n");
            }
        }
        return sb.toString();
    }

    private static String sentences(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int n = 12 + random.nextInt(14);
            for (int w = 0; w < n; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == n - 1 ? ". " : " ");
            }
        }
        return sb.toString().strip();
    }

    private static Observation obs(String id, int year, Map<String, String> dims, double value) {
        return new Observation(id, Period.ofYear(year), Dimensions.of(dims), value, "synthetic", "", "");
    }
}
