package org.mpstudio.ui.workspace;

import org.mpstudio.store.ProfileStore;
import org.mpstudio.store.StoreException;
import org.mpstudio.ui.common.ProfileLock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One open profile file: its store and, unless another editor has it, its lock. The store is not thread-safe, so
 * every use goes through {@link #use}, which lets one thread in at a time (the worker's autosave and the UI's
 * structural edits).
 */
public final class ProfileSession implements AutoCloseable {

    /** Work on the store. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T run(ProfileStore store) throws StoreException;
    }

    private final ProfileStore store;
    private final ProfileLock lock;
    private final ProfileLock.Holder heldBy;

    private ProfileSession(ProfileStore store, ProfileLock lock, ProfileLock.Holder heldBy) {
        this.store = store;
        this.lock = lock;
        this.heldBy = heldBy;
    }

    /** Opens {@code file}; read-only when another live editor holds its lock. */
    public static ProfileSession open(Path file) throws StoreException, IOException {
        Optional<ProfileLock> lock = ProfileLock.acquire(file);
        ProfileLock.Holder holder = lock.isPresent() ? null
                : ProfileLock.holder(file).orElse(new ProfileLock.Holder(-1, "?", "?"));
        try {
            return new ProfileSession(ProfileStore.open(file), lock.orElse(null), holder);
        } catch (StoreException e) {
            if (lock.isPresent()) {
                lock.get().close();
            }
            throw e;
        }
    }

    public Path file() {
        return store.file();
    }

    public boolean readOnly() {
        return lock == null;
    }

    /** Who holds the lock when this session is read-only. */
    public Optional<ProfileLock.Holder> heldBy() {
        return Optional.ofNullable(heldBy);
    }

    public synchronized <T> T use(StoreWork<T> work) throws StoreException {
        return work.run(store);
    }

    @Override
    public synchronized void close() throws StoreException, IOException {
        try {
            store.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
