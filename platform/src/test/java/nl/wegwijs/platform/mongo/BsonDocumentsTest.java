package nl.wegwijs.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The store's documents on disk (ADR 34): BSON written and read back as it was, and the older form still read. */
class BsonDocumentsTest {

    private final BsonDocuments type = new BsonDocuments();

    @Test
    void everyKindOfValueAStoredDocumentHoldsIsReadBackAsItWasWritten() {
        Document document = everyKind();

        Document read = type.read(written(document));

        assertThat(read).isEqualTo(document);
        assertThat(read.keySet()).containsExactlyElementsOf(document.keySet());
        assertThat(read.get("int")).isInstanceOf(Integer.class);
        assertThat(read.get("long")).isInstanceOf(Long.class);
        assertThat(read.get("legacyUuid")).isInstanceOf(LegacyUUID.class);
        assertThat(read.get("uuid")).isInstanceOf(UUID.class);
        assertThat(((BinData) read.get("binary")).getData()).containsExactly(1, 2, 3);
    }

    @Test
    void aDocumentWrittenAgainIsWrittenAsTheFirstTimeAndAnEqualOneAlike() {
        Document document = everyKind();

        ByteBuffer first = written(document);
        ByteBuffer again = written(document);
        ByteBuffer equalButAnother = written(document.cloneDeeply());

        assertThat(again).isEqualTo(first);
        assertThat(equalButAnother).isEqualTo(first);
        assertThat(type.read(again)).isEqualTo(document);
    }

    @Test
    void pagesOfManyDocumentsAreReadBackOneAfterAnother() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(
                    new Document("_id", "d" + i).append("n", i).append("nested", new Document("list", List.of(i))));
        }
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, documents.toArray(), documents.size());
        ByteBuffer bytes = buffer.getBuffer().flip();

        Document[] read = type.createStorage(documents.size());
        type.read(bytes, read, read.length);

        assertThat(Arrays.asList(read)).containsExactlyElementsOf(documents);
        assertThat(bytes.remaining()).isZero();
    }

    @Test
    void aDocumentJavaSerializedByTheH2BackendBeforeIsStillRead() {
        Document document = everyKind();
        // Java serialization makes new MinKey and MaxKey instances, which equal no other: as the plain backend did.
        document.remove("min");
        document.remove("max");
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);

        assertThat(type.read(buffer.getBuffer().flip())).isEqualTo(document);
    }

    @Test
    void theStoredFormIsBsonAndNotHalfTheSizeOfJavaSerialization() {
        Document document = everyKind();
        WriteBuffer serialized = new WriteBuffer();
        new ObjectDataType().write(serialized, document);

        ByteBuffer bson = written(document);

        assertThat(bson.get(0)).as("the tag H2 never writes").isNegative();
        assertThat(bson.remaining()).isLessThan(serialized.position() / 2);
    }

    @Test
    void aDocumentBsonCannotHoldIsWrittenAsBeforeSoThatNoCommitFails() {
        Document unknownType = new Document("_id", "short").append("n", (short) 3);
        Document tooLarge = new Document("_id", "large").append("text", "x".repeat(17 * 1024 * 1024));

        for (Document document : List.of(unknownType, tooLarge)) {
            ByteBuffer written = written(document);
            assertThat(written.get(0)).as("not the BSON tag").isNotNegative();
            assertThat(type.read(written)).isEqualTo(document);
        }
    }

    private ByteBuffer written(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    private static Document everyKind() {
        return new Document("_id", UUID.randomUUID().toString())
                .append("int", 7)
                .append("long", 7L)
                .append("double", -0.5)
                .append("decimal", new Decimal128(new BigDecimal("12.345")))
                .append("string", "één, twee")
                .append("bool", true)
                .append("nothing", null)
                .append("date", Instant.ofEpochMilli(1_764_547_200_123L))
                .append("timestamp", new BsonTimestamp(42L))
                .append("objectId", new ObjectId())
                .append("uuid", UUID.randomUUID())
                .append("legacyUuid", new LegacyUUID(UUID.randomUUID()))
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("min", MinKey.getInstance())
                .append("max", MaxKey.getInstance())
                .append("list", List.of(1, "two", new Document("three", 3.0)))
                .append("nested", new Document("a", new Document("b", List.of())));
    }
}
