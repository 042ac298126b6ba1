package nl.wegwijs.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.WegwijsEvent;

final class PlatformFixtures {

    static PlatformSettings onFreePorts(Path dataDir) {
        return PlatformSettings.onFreePorts(dataDir);
    }

    /** The event's golden sample from event-contracts. */
    static WegwijsEvent sample(EventType type) {
        try (InputStream json = EventType.class.getResourceAsStream(type.sampleResource())) {
            return new EventReader().parse(type, json.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PlatformFixtures() {}
}
