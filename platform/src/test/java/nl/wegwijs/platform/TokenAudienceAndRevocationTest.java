package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a token is taken only by the services its {@code aud} names, a revoked token is refused within the
 * services' check interval, an expired one at its expiry (docs/adr/0024). Tokens here live 15 seconds, the services
 * fetch the revoked tokens every second, the coordinator's tokens name only the referral service and the scraper's
 * none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAudienceAndRevocationTest {

    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;

    private WegwijsPlatform platform;
    private PlatformClient client;

    @BeforeAll
    void start() {
        platform = WegwijsPlatform.start(PlatformSettings.onFreePorts(
                data,
                "--wegwijs.platform.service-properties.ACCESS_TOKEN_TIME_TO_LIVE=PT15S",
                "--wegwijs.platform.service-properties.TOKEN_CLOCK_SKEW=PT0S",
                "--wegwijs.platform.service-properties.TOKEN_REVOCATION_CHECK_INTERVAL=" + CHECK_INTERVAL,
                "--wegwijs.platform.service-properties.TOKEN_AUDIENCES_COORDINATOR=referral-service",
                "--wegwijs.platform.service-properties.TOKEN_AUDIENCES_METRICS="));
        client = new PlatformClient(platform);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aPartnersTokenNamesTheServicesItsRoleCallsAndIsRefusedElsewhere() {
        String token = client.token("partner-rsd");

        assertThat(PlatformClient.audience(token)).containsExactly("monitoring-service", "referral-service");
        assertThat(get(Service.REFERRAL, "/api/partner/profile", token).statusCode())
                .isEqualTo(200);
        // Its role would be refused there too (403); the audience refuses it first.
        assertUnauthorized(get(Service.INTAKE, "/api/partners", token), "/api/partners");
    }

    @Test
    void aTokenIsRefusedWhereItsAudienceLacksTheServiceThoughItsRoleWouldBeAllowed() {
        String token = client.token("coordinator");

        assertThat(PlatformClient.audience(token)).containsExactly("referral-service");
        assertThat(get(Service.REFERRAL, "/api/referrals", token).statusCode()).isEqualTo(200);
        assertUnauthorized(get(Service.MONITORING, "/api/sla-policies", token), "/api/sla-policies");
        assertUnauthorized(get(Service.INTAKE, "/api/partners", token), "/api/partners");
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        String token = client.token("prometheus");

        assertThat(PlatformClient.claims(token).has("aud")).isFalse();
        for (Service service : Service.values()) {
            assertUnauthorized(get(service, "/actuator/prometheus", token), "/actuator/prometheus");
        }
    }

    @Test
    void aRevokedTokenIsRefusedWithinTheCheckIntervalBeforeItExpires() {
        String token = client.token("partner-cjg");
        Instant expiry =
                Instant.ofEpochSecond(PlatformClient.claims(token).get("exp").asLong());
        assertThat(get(Service.REFERRAL, "/api/partner/profile", token).statusCode())
                .isEqualTo(200);

        assertThat(client.revoke("partner-cjg", token).statusCode()).isEqualTo(200);
        Instant revoked = Instant.now();

        assertThat(client.get(platform.issuerUri() + "/revoked-tokens", null).body())
                .contains(PlatformClient.claims(token).get("jti").asString());
        await().atMost(CHECK_INTERVAL.plusSeconds(1))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        get(Service.REFERRAL, "/api/partner/profile", token).statusCode() == 401);
        assertThat(Instant.now()).isBefore(expiry);
        assertThat(Duration.between(revoked, Instant.now())).isLessThan(CHECK_INTERVAL.plusSeconds(1));
        assertUnauthorized(get(Service.REFERRAL, "/api/partner/profile", token), "/api/partner/profile");
        assertThat(get(Service.REFERRAL, "/api/partner/profile", client.token("partner-cjg"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = client.token("intake-officer");
        Instant expiry =
                Instant.ofEpochSecond(PlatformClient.claims(token).get("exp").asLong());
        assertThat(Duration.between(Instant.now(), expiry)).isLessThanOrEqualTo(Duration.ofSeconds(15));
        assertThat(get(Service.INTAKE, "/api/partners", token).statusCode()).isEqualTo(200);

        await().atMost(Duration.between(Instant.now(), expiry).plusSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get(Service.INTAKE, "/api/partners", token).statusCode() == 401);

        assertThat(Instant.now()).as("refused only once expired").isAfter(expiry);
        assertUnauthorized(get(Service.INTAKE, "/api/partners", token), "/api/partners");
    }

    private HttpResponse<String> get(Service service, String path, String token) {
        return client.get(platform.serviceUrl(service) + path, token);
    }

    private static void assertUnauthorized(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401").contains("\"instance\":\"" + path + "\"");
    }
}
