package nl.wegwijs.intake.keys;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.support.memory.LeastRecentlyUsed;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each newcomer's data key (docs/adr/0025-crypto-shredding.md) in {@value #COLLECTION}: a Tink keyset encrypted with
 * the master key, its newcomer id as associated data. Destroying it leaves a marker without key material, so the key
 * is never made again and the key endpoint can answer 410.
 */
public class NewcomerKeyStore implements NewcomerKeys {

    public static final String COLLECTION = "newcomer_keys";
    private static final int HELD_FOR_SEALING = 10_000;

    private final MongoTemplate mongo;
    private final Aead master;
    private final Clock clock;

    /**
     * The keys this process sealed with lately, so an intake's events do not each read the key again. Destroying a
     * key drops it here too; another instance that still holds it seals with a key nobody can open any more.
     */
    private final Map<UUID, Aead> sealing = LeastRecentlyUsed.map(HELD_FOR_SEALING);

    /** Newcomers recorded whose key their first sealing has yet to make: there is none to read. */
    private final Set<UUID> recorded = ConcurrentHashMap.newKeySet();

    /** Keys this process destroyed; a sealing that read one just before is not kept. Erasures are rare. */
    private final Set<UUID> destroyed = ConcurrentHashMap.newKeySet();

    NewcomerKeyStore(MongoTemplate mongo, Aead master, Clock clock) {
        this.mongo = mongo;
        this.master = master;
        this.clock = clock;
    }

    /** What is known of a newcomer's key. */
    public sealed interface State {
        record Present(KeysetHandle keyset) implements State {}

        record Destroyed() implements State {}

        record Unknown() implements State {}
    }

    public State state(UUID newcomerId) {
        Document found = mongo.findById(newcomerId.toString(), Document.class, COLLECTION);
        if (found == null) {
            return new State.Unknown();
        }
        Binary keyset = found.get("keyset", Binary.class);
        return keyset == null ? new State.Destroyed() : new State.Present(decrypt(keyset.getData(), newcomerId));
    }

    /** The newcomer's key to open events with; empty when it was destroyed or never made. */
    @Override
    public Optional<Aead> aead(UUID newcomerId) {
        return state(newcomerId) instanceof State.Present present
                ? Optional.of(NewcomerKeysets.aead(present.keyset()))
                : Optional.empty();
    }

    /** The keys to seal with: a newcomer's key is made with their first event; never again once destroyed. */
    public NewcomerKeys forSealing() {
        return newcomerId -> {
            Aead held = sealing.get(newcomerId);
            if (held != null && !destroyed.contains(newcomerId)) {
                return Optional.of(held);
            }
            // A newcomer just recorded has no key yet: it is made without reading first that none exists (ADR 32).
            State state = recorded.remove(newcomerId) ? create(newcomerId) : state(newcomerId);
            if (state instanceof State.Unknown) {
                state = create(newcomerId);
            }
            if (state instanceof State.Present present) {
                Aead aead = NewcomerKeysets.aead(present.keyset());
                sealing.put(newcomerId, aead);
                // Read just before a destruction: not kept, and not used.
                if (destroyed.contains(newcomerId)) {
                    sealing.remove(newcomerId);
                    return Optional.empty();
                }
                return Optional.of(aead);
            }
            return Optional.empty();
        };
    }

    /**
     * The newcomer was just recorded, so their first event's sealing makes their key without reading first that none
     * exists: that read was one of the intake's store operations (ADR 32). The key itself is made on the relay's
     * thread, as before, not while the intake's request waits.
     */
    public void recorded(UUID newcomerId) {
        recorded.add(newcomerId);
    }

    /** Destroys the newcomer's key: every sealed field of every event about them becomes unreadable. */
    public void destroy(UUID newcomerId) {
        destroyed.add(newcomerId);
        sealing.remove(newcomerId);
        mongo.upsert(
                query(where("_id").is(newcomerId.toString())),
                new Update().unset("keyset").set("destroyedAt", Date.from(clock.instant())),
                COLLECTION);
        sealing.remove(newcomerId);
    }

    private State create(UUID newcomerId) {
        KeysetHandle keyset = NewcomerKeysets.generate();
        Document key = new Document("_id", newcomerId.toString())
                .append("keyset", new Binary(encrypt(keyset, newcomerId)))
                .append("createdAt", Date.from(clock.instant()));
        try {
            mongo.insert(key, COLLECTION);
            return new State.Present(keyset);
        } catch (DuplicateKeyException e) {
            // Made at the same moment by another event of this newcomer: that one counts.
            return state(newcomerId);
        }
    }

    private byte[] encrypt(KeysetHandle keyset, UUID newcomerId) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master, associatedData(newcomerId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key does not encrypt", e);
        }
    }

    private KeysetHandle decrypt(byte[] encrypted, UUID newcomerId) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(encrypted, master, associatedData(newcomerId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A newcomer key does not open with the master key", e);
        }
    }

    private static byte[] associatedData(UUID newcomerId) {
        return newcomerId.toString().getBytes(StandardCharsets.UTF_8);
    }
}
