package nl.wegwijs.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.client.ApiClient;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import tools.jackson.databind.JsonNode;

/** Intakes with three referrals (RSD, Taalhuis, CJG), posted through the intake service's public API. */
final class IntakeLoad {

    static final int REFERRALS_PER_INTAKE = 3;

    /** One accepted intake: when it was sent, when the 201 came back, and the referrals it made. */
    record Accepted(Instant sent, Instant answered, List<UUID> referrals) {}

    private final ApiClient client;
    private final String url;
    private final String body = Samples.intakeWithThreeReferrals();

    IntakeLoad(WegwijsPlatform platform) {
        this.client = new ApiClient(platform);
        this.url = platform.serviceUrl(Service.INTAKE) + "/api/newcomers";
    }

    Accepted post() {
        return post(Instant.now());
    }

    /** Posts one intake; {@code sent} is when it was due to be sent, so time spent queued for a sender counts. */
    Accepted post(Instant sent) {
        JsonNode intake = client.post(url, "intake-officer", body, null)
                .expect(201, "The intake service")
                .json();
        Instant answered = Instant.now();
        List<UUID> referrals = new ArrayList<>();
        for (JsonNode referral : intake.get("referrals")) {
            referrals.add(UUID.fromString(referral.get("referralId").asString()));
        }
        if (referrals.size() != REFERRALS_PER_INTAKE) {
            throw new IllegalStateException("Expected three referrals, got " + intake);
        }
        return new Accepted(sent, answered, referrals);
    }
}
