package nl.wegwijs.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.platform.client.ApiClient;
import tools.jackson.databind.node.ObjectNode;

/** The payloads the benchmarks send: the golden NewcomerProfiled sample and an intake with three referrals. */
public final class Samples {

    private static final LocalDate BIRTH_DATES_FROM = LocalDate.of(1960, 1, 1);

    private Samples() {}

    static String newcomerProfiled() {
        return resource(EventType.class, EventType.NEWCOMER_PROFILED.sampleResource());
    }

    /** Confirmed as a different person each time, so the duplicate rule (ADR 11) lets the load post it again. */
    static String intakeWithThreeReferrals() {
        return resource(Samples.class, "/intake-three-referrals.json");
    }

    /**
     * The same intake for person number {@code person}: a given name and a birth date of its own, so that the
     * duplicate rule (ADR 11) takes no two for one person entered twice and needs no confirmation.
     */
    public static String intakeWithThreeReferrals(long person) {
        ObjectNode intake = (ObjectNode) ApiClient.JSON.readTree(intakeWithThreeReferrals());
        intake.remove("differentPersonConfirmed");
        ObjectNode profile = (ObjectNode) intake.get("profile");
        ((ObjectNode) profile.get("name")).put("givenNames", "Amal " + letters(person));
        profile.put("dateOfBirth", BIRTH_DATES_FROM.plusDays(person % 20_000).toString());
        return ApiClient.JSON.writeValueAsString(intake);
    }

    /** 0 is A, 25 is Z, 26 is BA: a number in the letters a name may have. */
    private static String letters(long number) {
        StringBuilder letters = new StringBuilder();
        long rest = number;
        do {
            letters.insert(0, (char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.toString();
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
