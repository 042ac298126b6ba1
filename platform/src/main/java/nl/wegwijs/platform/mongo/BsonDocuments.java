package nl.wegwijs.platform.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are written to the store's file: as BSON, the form they arrive and leave in. The H2
 * backend Java-serialized each one, which took a commit several times as long and a read from the file over ten times
 * as long (ADR 34).
 *
 * <p>Documents a store wrote before are still read: each stored value starts with a tag byte, H2's {@link
 * ObjectDataType} never writes a negative one, and this type marks BSON with one. A page is written again in BSON
 * whenever one of its documents changes. A store file written by this type cannot be opened by the plain H2 backend.
 *
 * <p>A commit writes every document of each page it changed, not only the changed ones, so an SLA tick's claims,
 * which touch a thousand pages, encoded each page's other documents again in every commit of the tick. A stored
 * document never changes (ADR 34), so its encoding is kept beside it and written again as it is (ADR 36).
 */
final class BsonDocuments extends BasicDataType<Document> {

    private static final byte BSON = (byte) 0xB5;

    /**
     * H2 counted a document as its Java-serialized size, about twice its BSON size. Counted alike, its pages split and
     * its cache holds about as many documents as before.
     */
    private static final int MEMORY_PER_BSON_BYTE = 2;

    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    /** At most this many bytes of encodings are kept, for all stores of the process together. */
    static final long KEPT_ENCODINGS_BYTES = 64L << 20;

    /** What an entry costs beside its bytes: the cache's node, the weak reference, the array's header. */
    private static final int ENTRY_OVERHEAD_BYTES = 100;

    /**
     * Each stored document's BSON, by the document's identity: the entry goes when its document is collected (a page
     * left the cache, or a newer version replaced the document) or the bound is reached.
     */
    private static final Cache<Document, byte[]> ENCODED = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(KEPT_ENCODINGS_BYTES)
            .weigher((Document document, byte[] bson) -> bson.length + ENTRY_OVERHEAD_BYTES)
            .executor(Runnable::run)
            .build();

    private final ObjectDataType before = new ObjectDataType();

    /** A running average of the documents' BSON size, for H2's memory estimate, which must be cheap. */
    private volatile int averageBytes = 1024;

    @Override
    public int getMemory(Document document) {
        return MEMORY_PER_BSON_BYTE * averageBytes;
    }

    /**
     * Writes the document as BSON; one that BSON cannot hold (over its 16 MiB, which updates can reach here, or a
     * value of a type the wire never carries) is written as before, Java-serialized: a commit must never fail.
     */
    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] kept = ENCODED.getIfPresent(document);
        if (kept != null) {
            buffer.put(BSON).put(kept);
            return;
        }
        ByteBuf bson = ENCODING.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            before.write(buffer, document);
            return;
        } finally {
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                ENCODING.remove();
            }
        }
        int bytes = bson.readableBytes();
        if (bytes > BsonConstants.MAX_BSON_OBJECT_SIZE) {
            before.write(buffer, document);
            return;
        }
        byte[] encoded = new byte[bytes];
        bson.readBytes(encoded);
        ENCODED.put(document, encoded);
        buffer.put(BSON).put(encoded);
        counted(bytes);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) before.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        counted(bson.readerIndex());

        return document;
    }

    private void counted(int bytes) {
        averageBytes = (averageBytes * 15 + bytes) / 16;
    }

    @Override
    public int compare(Document a, Document b) {
        return before.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
