package org.mpstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpstudio.model.Dimensions;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.template.Fixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ObservationRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void applyingTheSameFiguresTwiceChangesNothing() throws Exception {
        try (ProfileStore store = ProfileStore.create(dir.resolve("p.mprofile"))) {
            new ProfileRepository(store).insertAll(Fixtures.profile("x"), "test");
            ObservationRepository repo = new ObservationRepository(store);
            var again = repo.apply(Fixtures.observations(), "same.csv");
            assertEquals(new ObservationRepository.ApplySummary(0, 0, Fixtures.observations().size()), again);
            assertEquals(List.of(), repo.history("workers_deployed_contract"));
        }
    }

    @Test
    void aChangedValueKeepsThePreviousValueAndSourceInHistory() throws Exception {
        try (ProfileStore store = ProfileStore.create(dir.resolve("p.mprofile"))) {
            new ProfileRepository(store).insertAll(Fixtures.profile("x"), "test");
            ObservationRepository repo = new ObservationRepository(store);
            Observation revised = new Observation("workers_deployed_contract", Period.ofYear(2019), Dimensions.TOTAL,
                    152000, "nhandan-2023", "revised", "revised upwards");
            Observation added = Fixtures.obs("workers_deployed_contract", "2020", Map.of(), 78641);
            var summary = repo.apply(List.of(revised, added), "dolab-2023.csv");
            assertEquals(new ObservationRepository.ApplySummary(1, 1, 0), summary);
            var history = repo.history("workers_deployed_contract");
            assertEquals(1, history.size());
            assertEquals(147387, history.get(0).previous().value());
            assertEquals("dolab", history.get(0).previous().sourceId());
            assertEquals("dolab-2023.csv", history.get(0).replacedBy());
            var now = new ProfileRepository(store).load().observations().stream()
                    .filter(o -> o.key().equals(revised.key())).findFirst().orElseThrow();
            assertEquals(revised, now);
        }
    }

    @Test
    void removingAFigureKeepsItInHistory() throws Exception {
        try (ProfileStore store = ProfileStore.create(dir.resolve("p.mprofile"))) {
            new ProfileRepository(store).insertAll(Fixtures.profile("x"), "test");
            ObservationRepository repo = new ObservationRepository(store);
            Observation stored = Fixtures.observations().get(0);
            Observation absent = Fixtures.obs(stored.indicatorId(), "1999", Map.of(), 1);
            assertEquals(1, repo.remove(List.of(stored, absent), "editor-undo"), "a key not stored changes nothing");
            var now = new ProfileRepository(store).load().observations();
            assertEquals(Fixtures.observations().size() - 1, now.size());
            assertEquals(false, now.stream().anyMatch(o -> o.key().equals(stored.key())));
            var history = repo.history(stored.indicatorId());
            assertEquals(List.of(stored), history.stream().map(ObservationRepository.HistoryEntry::previous).toList());
            assertEquals("editor-undo", history.get(0).replacedBy());
        }
    }
}
