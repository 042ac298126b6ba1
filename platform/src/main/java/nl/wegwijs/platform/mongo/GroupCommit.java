package nl.wegwijs.platform.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * Makes the writes a thread has made durable before it answers: the store is committed and its file forced to disk.
 * Writers that wait at the same time share one commit and one sync (group commit): a commit that started after a
 * writer's changes were made covers them, so a writer that finds one finished after its turn began has nothing to do.
 */
final class GroupCommit {

    private final MVStore store;
    private final Lock noCommandRunning;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong started = new AtomicLong();
    private volatile long finished;

    /** @param noCommandRunning held while committing, so that no write command is half done in the commit */
    GroupCommit(MVStore store, Lock noCommandRunning) {
        this.store = store;
        this.noCommandRunning = noCommandRunning;
    }

    /** Returns once every change this thread made before the call is on disk. */
    void awaitDurable() {
        long before = started.get();
        lock.lock();
        try {
            if (finished > before) {
                return;
            }
            long mine = started.incrementAndGet();
            noCommandRunning.lock();
            try {
                store.commit();
            } finally {
                noCommandRunning.unlock();
            }
            // The commit may still be writing its chunk on H2's own threads; a file store operation first waits for
            // those writes, then syncs.
            store.executeFilestoreOperation(store::sync);
            finished = mine;
        } finally {
            lock.unlock();
        }
    }
}
