package org.mpstudio.ui.insert;

import org.mpstudio.folder.ProfileFolder;
import org.mpstudio.model.ChapterText;
import org.mpstudio.model.Observation;
import org.mpstudio.model.ProfileContent;
import org.mpstudio.template.Fixtures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Profiles for the insert dialogs' view model tests. */
final class InsertFixtures {

    private InsertFixtures() {
    }

    /**
     * The small test profile ({@link Fixtures}) with more figures of the contract workers: totals every year
     * 2019-2023, Japan in 2019, 2022 and 2023, Korea in 2023, women in 2023 (none by sex and destination).
     */
    static ProfileContent small() {
        ProfileContent c = Fixtures.profile("Some text.\n");
        List<Observation> obs = new ArrayList<>(c.observations());
        obs.add(Fixtures.obs("workers_deployed_contract", "2020", Map.of(), 78641));
        obs.add(Fixtures.obs("workers_deployed_contract", "2021", Map.of(), 45058));
        obs.add(Fixtures.obs("workers_deployed_contract", "2019", Map.of("destination", "JPN"), 80000));
        obs.add(Fixtures.obs("workers_deployed_contract", "2023", Map.of("destination", "JPN"), 80000));
        obs.add(Fixtures.obs("workers_deployed_contract", "2023", Map.of("destination", "KOR"), 11600));
        obs.add(Fixtures.obs("workers_deployed_contract", "2023", Map.of("sex", "F"), 55804));
        return new ProfileContent(c.meta(), c.chapters(), c.texts(), c.indicators(), c.sources(), obs);
    }

    /** The Viet Nam sample as its source folder holds it. */
    static ProfileContent sample() throws Exception {
        return ProfileFolder.read(Path.of(System.getProperty("mpstudio.projectRoot", "."),
                "sample-profiles/viet-nam"));
    }

    /** {@code content} with {@code block} appended to the end of a chapter's text, after a blank line. */
    static ProfileContent appended(ProfileContent content, String chapterId, String block) {
        List<ChapterText> texts = new ArrayList<>(content.texts());
        texts.replaceAll(t -> t.chapterId().equals(chapterId) ? new ChapterText(t.chapterId(), t.lang(), t.title(),
                t.body().stripTrailing() + "\n\n" + block + "\n") : t);
        return new ProfileContent(content.meta(), content.chapters(), texts, content.indicators(), content.sources(),
                content.observations());
    }
}
