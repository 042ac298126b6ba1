package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.mongo.StoreFiles;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17: after an erasure the embedded store's file no longer holds the person. Intake, referral and notification
 * each ask the store to compact once their part of the erasure is written (docs/adr/0027); before that, H2 kept the
 * erased values in obsolete chunks.
 */
class ErasureLeavesTheStoreFileTest {

    private static final List<String> PARTNERS = List.of("RSD", "TAALHUIS", "CJG");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;

    @Test
    void theErasedNameIsNowhereInTheStoreFileSoonAfterTheErasure() throws Exception {
        String familyName = "Shredded" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        try (WegwijsPlatform platform = WegwijsPlatform.start(PlatformFixtures.onFreePorts(data), Clock.systemUTC())) {
            PlatformClient client = new PlatformClient(platform);
            JsonNode intake =
                    client.postIntake(PlatformClient.threeReferralIntake().replace("Darwish", familyName));
            UUID newcomer = UUID.fromString(intake.get("newcomerId").asString());
            // Every referral issued before the erasure: a problem document also has a "status" (404).
            for (String partner : PARTNERS) {
                UUID referral = PlatformClient.referralOf(intake, partner);
                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptions()
                        .until(() -> List.of("REQUESTED", "RECEIVED").contains(client.referralStatus(referral)));
            }
            assertThat(StoreFiles.contain(data, familyName))
                    .as("the store holds the person before the erasure")
                    .isTrue();

            assertThat(client.delete(
                                    platform.serviceUrl(Service.INTAKE) + "/api/newcomers/" + newcomer,
                                    client.token("intake-officer"))
                            .statusCode())
                    .isEqualTo(204);

            for (String partner : PARTNERS) {
                client.awaitReferralStatus(PlatformClient.referralOf(intake, partner), "CANCELLED");
            }
            // Intake, referral and notification compact at once and again 30 s later (StoreCompaction).
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !StoreFiles.contain(data, familyName));
        }
        assertThat(StoreFiles.contain(data, familyName))
                .as("after the platform stopped")
                .isFalse();
    }
}
