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
        return PlatformSettings.from(
                "--wegwijs.platform.data-dir=" + dataDir,
                "--wegwijs.platform.kafka-port=0",
                "--wegwijs.platform.kafka-controller-port=0",
                "--wegwijs.platform.mongo-port=0",
                "--wegwijs.platform.smtp-port=0",
                "--wegwijs.platform.mail-viewer-port=0",
                "--wegwijs.platform.issuer-port=0",
                "--wegwijs.platform.intake-port=0",
                "--wegwijs.platform.referral-port=0",
                "--wegwijs.platform.monitoring-port=0",
                "--wegwijs.platform.notification-port=0");
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
