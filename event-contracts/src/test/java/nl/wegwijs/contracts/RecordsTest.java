package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.contracts.referral.ReferralIssued;
import org.junit.jupiter.api.Test;

/** What the compact constructors guarantee to Java callers, beyond what the JSON tests show. */
class RecordsTest {

    private static final UUID ID = UUID.fromString("5b0e9c2d-1f3a-4d6b-8e7c-9a0b1c2d3e4f");
    private static final Instant NOW = Instant.parse("2026-03-02T10:47:12Z");

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> new NewcomerErased(ID, NOW, "GM0355", null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("newcomerId is required");
        assertThatThrownBy(() -> new NewcomerErased(ID, NOW, " ", ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("municipality must not be blank");
    }

    @Test
    void numbersOutOfRangeAreNamed() {
        assertThatThrownBy(() -> new FollowUpScheduled(ID, NOW, "GM0355", ID, 4, LocalDate.of(2029, 9, 2)))
                .hasMessage("number must be between 1 and 3, was 4");
        assertThatThrownBy(() -> new ReferralStalled(
                        ID, NOW, "GM0355", ID, ID, PartnerCode.RSD, SlaPhase.PICK_UP, 2, NOW, 5, -1))
                .hasMessage("openBacklog must be at least 0, was -1");
    }

    @Test
    void listsAreCopiedSoTheEventCannotChangeAfterwards() {
        List<LifeDomain> domains = new ArrayList<>(List.of(LifeDomain.LANGUAGE));
        ReferralDecision decision =
                new ReferralDecision(ID, PartnerCode.TAALHUIS, domains, "A language buddy", Urgency.NORMAL);

        domains.add(LifeDomain.HEALTH);

        assertThat(decision.lifeDomains()).containsExactly(LifeDomain.LANGUAGE);
        assertThatThrownBy(() -> decision.lifeDomains().add(LifeDomain.HOUSING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReferralNeedsAtLeastOneLifeDomain() {
        assertThatThrownBy(() -> new ReferralDecision(ID, PartnerCode.CJG, List.of(), "Parenting", Urgency.NORMAL))
                .hasMessage("lifeDomains must not be empty");
    }

    @Test
    void whatAPartnerMayNotSeeStaysAbsentRatherThanEmpty() {
        ReferralIssued issued = new ReferralIssued(
                ID,
                NOW,
                "GM0355",
                ID,
                PartnerCode.TAALHUIS,
                new PersonName("Selam", "Tesfay"),
                new Contact("+31 6 0000 0000", null, null),
                List.of("ti"),
                InterpreterNeed.in("ti"),
                List.of(LifeDomain.LANGUAGE),
                "A language buddy",
                Urgency.NORMAL,
                null,
                null,
                null,
                null,
                null);

        assertThat(issued.childrenBirthYears()).isNull();
        assertThat(issued.situations()).isNull();
        assertThat(new String(EventJson.write(issued)))
                .doesNotContain("childrenBirthYears", "situations", "health", "dateOfBirth", "\"email\"");
    }
}
