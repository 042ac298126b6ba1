package nl.wegwijs.contracts.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.Resources;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import org.junit.jupiter.api.Test;

/** The one rule of who may be referred, as both intake and referral service apply it. */
class ReferralRuleTest {

    private final PartnerDirectory directory = PartnerDirectory.loadDefault();
    private final NewcomerProfile sample = ((NewcomerProfiled) new EventReader()
                    .parse(EventType.NEWCOMER_PROFILED, Resources.bytes("/samples/NewcomerProfiled.json")))
            .profile();

    @Test
    void aPartnerNotInTheDirectoryIsUnknown() {
        assertThat(directory.refusal(PartnerCode.of("VLUCHTELINGENWERK"), List.of(LifeDomain.LANGUAGE), sample))
                .contains(ReferralFailureReason.UNKNOWN_PARTNER);
    }

    @Test
    void everyLifeDomainAskedAboutMustBeServed() {
        assertThat(directory.refusal(PartnerCode.RSD, List.of(LifeDomain.EDUCATION, LifeDomain.HEALTH), sample))
                .contains(ReferralFailureReason.DOMAIN_NOT_SERVED);
        assertThat(directory.refusal(PartnerCode.RSD, List.of(LifeDomain.EDUCATION), sample))
                .isEmpty();
    }

    @Test
    void aPartnerThatNeedsConsentIsRefusedWithoutItAndOneWithALegalBasisIsNot() {
        NewcomerProfile noConsents = withConsents(List.of());

        assertThat(directory.refusal(PartnerCode.TAALHUIS, List.of(LifeDomain.LANGUAGE), noConsents))
                .contains(ReferralFailureReason.NO_CONSENT);
        assertThat(directory.refusal(PartnerCode.RSD, List.of(LifeDomain.WORK_AND_INCOME), noConsents))
                .isEmpty();
    }

    @Test
    void aRefusedConsentIsNoConsent() {
        NewcomerProfile refused = withConsents(List.of(
                new Consent(PartnerCode.TAALHUIS, Consent.Status.REFUSED, sample.intakeDate(), "intake-officer")));

        assertThat(directory.refusal(PartnerCode.TAALHUIS, List.of(LifeDomain.LANGUAGE), refused))
                .contains(ReferralFailureReason.NO_CONSENT);
        assertThat(directory.refusal(PartnerCode.TAALHUIS, List.of(LifeDomain.LANGUAGE), sample))
                .isEmpty();
    }

    private NewcomerProfile withConsents(List<Consent> consents) {
        return new NewcomerProfile(
                sample.name(),
                sample.dateOfBirth(),
                sample.countryOfOrigin(),
                sample.languages(),
                sample.interpreter(),
                sample.contact(),
                sample.moveInDate(),
                sample.intakeDate(),
                sample.household(),
                sample.lifeDomains(),
                sample.tags(),
                consents,
                sample.statusMessages());
    }
}
