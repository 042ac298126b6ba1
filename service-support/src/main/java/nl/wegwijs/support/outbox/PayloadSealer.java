package nl.wegwijs.support.outbox;

import java.nio.charset.StandardCharsets;

/** Turns a pending event into the payload the relay sends: as kept, or with its personal fields sealed. */
@FunctionalInterface
public interface PayloadSealer {

    PayloadSealer PLAIN = event -> event.payload().getBytes(StandardCharsets.UTF_8);

    byte[] payload(PendingEvent event);
}
