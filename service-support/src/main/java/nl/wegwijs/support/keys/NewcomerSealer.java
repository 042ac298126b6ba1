package nl.wegwijs.support.keys;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.contracts.sealing.SealedEvents;
import nl.wegwijs.support.outbox.PayloadSealer;
import nl.wegwijs.support.outbox.PendingEvent;

/**
 * Seals the personal fields of each outgoing event with its newcomer's key (docs/adr/0025-crypto-shredding.md). An
 * event of a newcomer whose key is gone goes out shredded: without its personal fields, marked as erased.
 */
public class NewcomerSealer implements PayloadSealer {

    private final NewcomerKeys keys;
    private final Function<PendingEvent, UUID> newcomerOf;

    /** @param newcomerOf the newcomer an event with personal fields is about */
    public NewcomerSealer(NewcomerKeys keys, Function<PendingEvent, UUID> newcomerOf) {
        this.keys = keys;
        this.newcomerOf = newcomerOf;
    }

    @Override
    public byte[] payload(PendingEvent event) {
        byte[] json = event.payload().getBytes(StandardCharsets.UTF_8);
        EventType type = EventType.fromCeType(event.type()).orElse(null);
        if (type == null || !SealedEvents.carriesPersonalFields(type, json)) {
            return json;
        }
        UUID newcomerId = newcomerOf.apply(event);
        return keys.aead(newcomerId)
                .map(aead -> SealedEvents.seal(type, json, newcomerId, aead))
                .orElseGet(() -> SealedEvents.shred(type, json, newcomerId));
    }
}
