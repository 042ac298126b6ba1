package nl.wegwijs.platform.mongo;

import java.nio.ByteBuffer;
import java.util.HashMap;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's file store, except that space it frees is overwritten with zeros first. H2 only marks a freed chunk as free,
 * so the bytes of an erased document stayed readable in the file until something else happened to be written there
 * (issue 17 found a family name 38 times in the file of a store that no longer held it).
 */
final class ScrubbingFileStore extends SingleFileStore {

    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024);

    ScrubbingFileStore() {
        super(new HashMap<>());
    }

    @Override
    protected void free(long pos, int length) {
        for (long at = pos; at < pos + length; at += ZEROS.capacity()) {
            int piece = (int) Math.min(ZEROS.capacity(), pos + length - at);
            writeFully(null, at, ZEROS.duplicate().limit(piece));
        }
        super.free(pos, length);
    }
}
