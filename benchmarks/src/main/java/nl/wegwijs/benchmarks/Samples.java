package nl.wegwijs.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.wegwijs.contracts.EventType;

/** The payloads the benchmarks send: the golden NewcomerProfiled sample and an intake with three referrals. */
final class Samples {

    private Samples() {}

    static String newcomerProfiled() {
        return resource(EventType.class, EventType.NEWCOMER_PROFILED.sampleResource());
    }

    /** Confirmed as a different person each time, so the duplicate rule (ADR 11) lets the load post it again. */
    static String intakeWithThreeReferrals() {
        return resource(Samples.class, "/intake-three-referrals.json");
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
