package org.mpstudio.store;

import org.mpstudio.model.ChapterText;
import org.mpstudio.model.ProfileContent;

/** The whole profile at once: filling a new file from a source folder, and reading it all back. */
public final class ProfileRepository {

    private final ProfileStore store;

    public ProfileRepository(ProfileStore store) {
        this.store = store;
    }

    /** Writes everything into an empty profile file in one transaction; each chapter text gets its first revision. */
    public void insertAll(ProfileContent content, String author) throws StoreException {
        store.inTransaction(c -> {
            MetaRepository.save(c, content.meta());
            ChapterRepository.insertChapters(c, content.chapters());
            for (ChapterText t : content.texts()) {
                ChapterRepository.upsertText(c, t, author, "created");
            }
            CatalogueRepository.insertIndicators(c, content.indicators(), content.meta().mainLanguage());
            CatalogueRepository.insertSources(c, content.sources());
            ObservationRepository.apply(c, content.observations(), author);
            return null;
        });
    }

    public ProfileContent load() throws StoreException {
        return store.read(c -> {
            var meta = MetaRepository.load(c);
            return new ProfileContent(meta, ChapterRepository.loadChapters(c), ChapterRepository.loadTexts(c),
                    CatalogueRepository.loadIndicators(c, meta.mainLanguage()), CatalogueRepository.loadSources(c),
                    ObservationRepository.load(c, null));
        });
    }
}
