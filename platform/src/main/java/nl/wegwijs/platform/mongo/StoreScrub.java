package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.locks.Lock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * MongoDB's {@code compact} command, as the services send it after an erasure (docs/adr/0027): every chunk that still
 * holds an obsolete page is rewritten, and the chunks this frees are zeroed ({@link ScrubbingFileStore}), so a value
 * that was deleted or overwritten before the command is no longer in the file when it answers. It rewrites the whole
 * store, not only the named collection, so it costs time in proportion to the live data; erasures are rare.
 */
final class StoreScrub {

    /** Enough rounds to rewrite what the previous round's chunks left behind; each round stops when nothing is left. */
    private static final int MAX_ROUNDS = 8;

    /** A map of the store's own, not a collection: mongo-java-server names its maps {@code databases.*} and {@code meta.*}. */
    static final String SCRUBS_MAP = "wegwijs.scrubs";

    private StoreScrub() {}

    /**
     * @param nothingElseRunning held during the scrub: no command reads a chunk that is being zeroed, and no commit
     *     takes half of one
     */
    static Document run(MVStore store, Lock nothingElseRunning, int retentionMillis) {
        nothingElseRunning.lock();
        int versionsToKeep = store.getVersionsToKeep();
        try {
            store.commit();
            store.setRetentionTime(0);
            store.setVersionsToKeep(0);
            int rounds = 0;
            while (rounds < MAX_ROUNDS && store.compact(100, Integer.MAX_VALUE)) {
                store.commit();
                rounds++;
            }
            freeDeadChunks(store);
            store.executeFilestoreOperation(store::sync);
            return new Document("ok", 1.0).append("rounds", rounds);
        } finally {
            store.setRetentionTime(retentionMillis);
            store.setVersionsToKeep(versionsToKeep);
            nothingElseRunning.unlock();
        }
    }

    /**
     * H2 frees a dead chunk only at a later commit that has something to write, and only once no kept version uses
     * it: a few commits of a counter of the store's own see to both.
     */
    private static void freeDeadChunks(MVStore store) {
        MVMap<String, Long> scrubs = store.openMap(SCRUBS_MAP);
        for (int i = 0; i < 3; i++) {
            scrubs.merge("commits", 1L, Long::sum);
            store.commit();
        }
    }
}
