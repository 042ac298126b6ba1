package nl.wegwijs.support.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.ExpectedCount.twice;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Keys come with the service's own token, stay in memory for a while at most, and a 410 means erased. */
class RemoteNewcomerKeysTest {

    private static final UUID NEWCOMER = UUID.randomUUID();
    private static final String KEY_URL = "http://intake/api/newcomer-keys/" + NEWCOMER;
    private static final UUID OTHER = UUID.randomUUID();
    private static final String OTHER_KEY_URL = "http://intake/api/newcomer-keys/" + OTHER;

    private final RestClient.Builder intakeBuilder = RestClient.builder().baseUrl("http://intake");
    private final MockRestServiceServer intake =
            MockRestServiceServer.bindTo(intakeBuilder).build();
    private final RestClient.Builder issuerBuilder = RestClient.builder().baseUrl("http://issuer");
    private final MockRestServiceServer issuer =
            MockRestServiceServer.bindTo(issuerBuilder).build();
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RemoteNewcomerKeys keys = new RemoteNewcomerKeys(
            intakeBuilder.build(),
            new ServiceToken(issuerBuilder.build(), "referral-service", "secret", clock),
            Duration.ofMinutes(5),
            clock);

    @Test
    void aKeyIsHeldForAWhileFetchedAgainAfterItAndNeverAgainOnceForgotten() {
        String answer = aServiceTokenAndAKeyAnswer();
        intake.expect(twice(), requestTo(KEY_URL))
                .andExpect(header("Authorization", "Bearer service-token"))
                .andRespond(withSuccess(answer, MediaType.APPLICATION_JSON));

        assertThat(keys.aead(NEWCOMER)).isPresent();
        now = now.plus(Duration.ofMinutes(4));
        assertThat(keys.aead(NEWCOMER)).as("held, not fetched").isPresent();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(keys.aead(NEWCOMER)).as("fetched again after 5 minutes").isPresent();
        // Forgotten on the newcomer's erasure: never held or fetched again, also while a fetch was under way.
        keys.forget(NEWCOMER);
        assertThat(keys.aead(NEWCOMER)).isEmpty();

        intake.verify();
    }

    @Test
    void aKeyIsNotUsedPastItsHoldingTimeAndLeavesMemory() {
        String answer = aServiceTokenAndAKeyAnswer();
        intake.expect(twice(), requestTo(KEY_URL)).andRespond(withSuccess(answer, MediaType.APPLICATION_JSON));

        assertThat(keys.aead(NEWCOMER)).isPresent();
        now = now.plus(Duration.ofMinutes(5)).minusMillis(500);
        assertThat(keys.aead(NEWCOMER))
                .as("held: fetched four and a half minutes ago")
                .isPresent();
        now = now.plusMillis(600);
        assertThat(keys.aead(NEWCOMER))
                .as("held for five minutes at most, so fetched again")
                .isPresent();
        intake.verify();

        intake.reset();
        intake.expect(once(), requestTo(OTHER_KEY_URL)).andRespond(withStatus(HttpStatus.GONE));
        assertThat(keys.aead(OTHER)).as("gone: erased, and nothing held").isEmpty();
        assertThat(keys.heldCount()).as("the key fetched again").isOne();
        now = now.plus(Duration.ofMinutes(6));
        assertThat(keys.heldCount())
                .as("expired on the service's clock, the key leaves memory")
                .isZero();
    }

    /** The issuer hands out one token for an hour; returns the intake's answer with a fresh key for NEWCOMER. */
    private String aServiceTokenAndAKeyAnswer() {
        issuer.expect(once(), requestTo("http://issuer/oauth2/token"))
                .andRespond(withSuccess(
                        "{\"access_token\": \"service-token\", \"expires_in\": 3600}", MediaType.APPLICATION_JSON));
        return EventJson.mapper()
                .writeValueAsString(
                        new RemoteNewcomerKeys.KeyAnswer(NEWCOMER, NewcomerKeysets.toJson(NewcomerKeysets.generate())));
    }

    @Test
    void goneMeansErased() {
        issuer.expect(once(), requestTo("http://issuer/oauth2/token"))
                .andRespond(withSuccess(
                        "{\"access_token\": \"service-token\", \"expires_in\": 300}", MediaType.APPLICATION_JSON));
        intake.expect(once(), requestTo(KEY_URL)).andRespond(withStatus(HttpStatus.GONE));

        assertThat(keys.aead(NEWCOMER)).isEmpty();
    }
}
