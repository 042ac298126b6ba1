package nl.wegwijs.contracts.directory;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.Resources;
import nl.wegwijs.contracts.referral.ReferralIssued;
import org.junit.jupiter.api.Test;

/** The golden ReferralIssued is an example partners copy: it must itself obey the data minimisation rules. */
class MinimisedSampleTest {

    private final ReferralIssued issued = (ReferralIssued) new EventReader()
            .parse(EventType.REFERRAL_ISSUED, Resources.bytes(EventType.REFERRAL_ISSUED.sampleResource()));
    private final Partner partner =
            PartnerDirectory.loadDefault().partner(issued.partner()).orElseThrow();

    @Test
    void holdsOnlyTheOptionalFieldsItsPartnerMayReceive() {
        assertThat(issued.dateOfBirth() != null).isEqualTo(partner.mayReceive(ProfileField.DATE_OF_BIRTH));
        assertThat(issued.childrenBirthYears() != null)
                .isEqualTo(partner.mayReceive(ProfileField.HOUSEHOLD_CHILDREN_BIRTH_YEARS));
        assertThat(issued.situations() != null).isEqualTo(partner.mayReceive(ProfileField.DOMAIN_SITUATIONS));
        assertThat(issued.health() != null).isEqualTo(partner.mayReceive(ProfileField.HEALTH));
        assertThat(issued.tags() != null).isEqualTo(partner.mayReceive(ProfileField.TALENTS_AND_INTERESTS));
    }

    @Test
    void holdsOnlyTheReferralsOwnLifeDomains() {
        assertThat(issued.lifeDomains()).allMatch(partner::mayReceive);
        assertThat(issued.situations()).extracting(DomainAssessment::domain).isSubsetOf(issued.lifeDomains());
    }
}
