package nl.wegwijs.intake.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.intake.IntakeTestBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** The profile travels sealed; a reading service gets the key with its own token, and 410 once the person is erased. */
class NewcomerKeysTest extends IntakeTestBase {

    @Autowired
    NewcomerKeyStore keyStore;

    @Test
    void aKeyHeldForSealingIsNotUsedOnceDestroyed() {
        UUID newcomer = UUID.randomUUID();
        NewcomerKeys sealing = keyStore.forSealing();
        assertThat(sealing.aead(newcomer)).as("made with the first event").isPresent();
        assertThat(sealing.aead(newcomer)).as("held").isPresent();

        keyStore.destroy(newcomer);

        assertThat(sealing.aead(newcomer)).isEmpty();
        assertThat(keyStore.state(newcomer)).isInstanceOf(NewcomerKeyStore.State.Destroyed.class);
    }

    @Test
    void theKeyOfANewcomerJustRecordedIsMadeByTheirFirstSealingAndNeverForAnErasedOne() throws Exception {
        UUID newcomer = UUID.randomUUID();
        keyStore.recorded(newcomer);
        assertThat(keyStore.state(newcomer))
                .as("not made while the intake's request waits")
                .isInstanceOf(NewcomerKeyStore.State.Unknown.class);
        byte[] sealed = keyStore.forSealing().aead(newcomer).orElseThrow().encrypt(new byte[] {1, 2}, new byte[0]);
        assertThat(keyStore.aead(newcomer).orElseThrow().decrypt(sealed, new byte[0]))
                .containsExactly(1, 2);

        UUID erased = UUID.randomUUID();
        keyStore.destroy(erased);
        keyStore.recorded(erased);

        assertThat(keyStore.forSealing().aead(erased)).isEmpty();
        assertThat(keyStore.state(erased)).isInstanceOf(NewcomerKeyStore.State.Destroyed.class);
    }

    @Autowired
    private NewcomerKeyStore keys;

    @Test
    void theProfileIsSealedAndOpensWithTheKeyFromTheEndpointUntilTheErasure() throws Exception {
        UUID id = recordIntake();
        awaitOutboxEmpty();
        ConsumerRecord<String, byte[]> profiled =
                records(Topics.NEWCOMER_PROFILED, id).get(0);
        String type = ceHeader(profiled, "ce_type");
        assertThat(new String(profiled.value(), StandardCharsets.UTF_8))
                .doesNotContain("Darwish")
                .contains("\"sealed\"");

        String keyset = json.readTree(
                        mvc.perform(get("/api/newcomer-keys/{id}", id).with(keyReader()))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("keyset")
                .asString();
        var key = NewcomerKeysets.aead(NewcomerKeysets.fromJson(keyset));
        NewcomerProfiled opened = (NewcomerProfiled) new EventReader(newcomer -> Optional.of(key))
                .read(type, profiled.value())
                .orElseThrow();
        assertThat(opened.profile().name().familyName()).isEqualTo("Darwish");

        mvc.perform(get("/api/newcomer-keys/{id}", id).with(intakeOfficer())).andExpect(status().isForbidden());
        mvc.perform(get("/api/newcomer-keys/{id}", UUID.randomUUID()).with(keyReader()))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());

        mvc.perform(get("/api/newcomer-keys/{id}", id).with(keyReader())).andExpect(status().isGone());
        assertThat(keys.aead(id)).isEmpty();
        assertThat(new EventReader(keys).read(type, profiled.value())).isEmpty();
    }

    private static JwtRequestPostProcessor keyReader() {
        return jwt().jwt(j -> j.subject("referral-service").claim("roles", List.of("NEWCOMER_KEYS")))
                .authorities(new SimpleGrantedAuthority("ROLE_NEWCOMER_KEYS"));
    }
}
