package nl.wegwijs.contracts.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.Resources;
import org.junit.jupiter.api.Test;

/** Only what changed travels; applying it gives what the partner would be sent now. */
class ReferralDetailsCorrectedTest {

    private static final Instant NOW = Instant.parse("2026-03-09T09:12:41Z");

    private final ReferralIssued sent = (ReferralIssued)
            new EventReader().parse(EventType.REFERRAL_ISSUED, Resources.bytes("/samples/ReferralIssued.json"));

    @Test
    void carriesOnlyTheChangedFieldsAndAppliesToWhatWasSent() {
        ReferralIssued now = copy(sent, new Contact("+31 6 1111 2222", null, null), List.of(2017, 2021, 2025));

        ReferralDetailsCorrected correction = ReferralDetailsCorrected.between(sent, now, UUID.randomUUID(), NOW)
                .orElseThrow();

        assertThat(correction.changedFields()).containsExactly("contact", "childrenBirthYears");
        assertThat(correction.name()).isNull();
        assertThat(correction.situations()).isNull();
        assertThat(correction.applyTo(sent))
                .usingRecursiveComparison()
                .ignoringFields("eventId", "occurredAt")
                .isEqualTo(now);
    }

    @Test
    void aFieldNoLongerSharedIsNamedAndAbsent() {
        ReferralIssued now = copy(sent, sent.contact(), null);

        ReferralDetailsCorrected correction = ReferralDetailsCorrected.between(sent, now, UUID.randomUUID(), NOW)
                .orElseThrow();

        assertThat(correction.changedFields()).containsExactly("childrenBirthYears");
        assertThat(correction.applyTo(sent).childrenBirthYears()).isNull();
    }

    @Test
    void nothingChangedIsNoCorrection() {
        assertThat(ReferralDetailsCorrected.between(sent, sent, UUID.randomUUID(), NOW))
                .isEmpty();
    }

    @Test
    void aValueNotNamedInChangedFieldsIsRefused() {
        assertThatThrownBy(() -> new ReferralDetailsCorrected(
                        UUID.randomUUID(),
                        NOW,
                        "GM0355",
                        sent.referralId(),
                        sent.partner(),
                        List.of("contact"),
                        sent.name(),
                        sent.contact(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("name is present but not named in changedFields");
    }

    private static ReferralIssued copy(ReferralIssued issued, Contact contact, List<Integer> childrenBirthYears) {
        return new ReferralIssued(
                UUID.randomUUID(),
                NOW,
                issued.municipality(),
                issued.referralId(),
                issued.partner(),
                issued.name(),
                contact,
                issued.languages(),
                issued.interpreter(),
                issued.lifeDomains(),
                issued.reason(),
                issued.urgency(),
                issued.dateOfBirth(),
                issued.situations(),
                childrenBirthYears,
                issued.health(),
                issued.tags());
    }
}
