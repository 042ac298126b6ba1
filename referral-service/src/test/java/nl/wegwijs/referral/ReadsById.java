package nl.wegwijs.referral;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;

/** The service's reads of single documents by their id, counted per id, as its MongoDB client sends them. */
public class ReadsById implements CommandListener {

    private final Map<UUID, AtomicInteger> reads = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!"find".equals(event.getCommandName())) {
            return;
        }
        BsonValue id =
                event.getCommand().getDocument("filter", new BsonDocument()).get("_id");
        if (id != null && id.isBinary()) {
            reads.computeIfAbsent(uuid(id.asBinary()), key -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    public int of(UUID id) {
        AtomicInteger count = reads.get(id);
        return count == null ? 0 : count.get();
    }

    private static UUID uuid(BsonBinary binary) {
        return binary.getType() == BsonBinarySubType.UUID_STANDARD.getValue()
                ? binary.asUuid()
                : binary.asUuid(UuidRepresentation.JAVA_LEGACY);
    }
}
