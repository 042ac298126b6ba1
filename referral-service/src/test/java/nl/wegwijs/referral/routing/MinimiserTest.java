package nl.wegwijs.referral.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.directory.ProfileField;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each partner receives, compared field by field with what its directory entry allows. */
class MinimiserTest {

    private static final PartnerDirectory DIRECTORY = PartnerDirectory.loadDefault();
    private static final Instant NOW = Instant.parse("2026-03-02T10:47:15Z");

    static Stream<Partner> partners() {
        return DIRECTORY.partners().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partners")
    void eachPartnerReceivesExactlyWhatItsEntryAllowsForItsOwnDomains(Partner partner) {
        NewcomerProfile profile = consentedToAll();
        ReferralDecision decision = new ReferralDecision(
                java.util.UUID.randomUUID(),
                partner.code(),
                List.of(LifeDomain.values()),
                "Everything the officer saw.",
                nl.wegwijs.contracts.Urgency.NORMAL);

        ReferralIssued issued =
                Minimiser.issue(partner, "GM0355", profile, decision, NOW).orElseThrow();

        assertThat(issued.name()).isEqualTo(profile.name());
        assertThat(issued.contact()).isEqualTo(profile.contact());
        assertThat(issued.languages()).isEqualTo(profile.languages());
        assertThat(issued.interpreter()).isEqualTo(profile.interpreter());
        assertThat(issued.lifeDomains()).containsExactlyInAnyOrderElementsOf(partner.lifeDomains());
        assertThat(issued.dateOfBirth())
                .isEqualTo(partner.mayReceive(ProfileField.DATE_OF_BIRTH) ? profile.dateOfBirth() : null);
        assertThat(issued.childrenBirthYears())
                .isEqualTo(
                        partner.mayReceive(ProfileField.HOUSEHOLD_CHILDREN_BIRTH_YEARS)
                                ? profile.household().childrenBirthYears()
                                : null);
        assertThat(profile.tags().worries()).isNotEmpty();
        if (partner.mayReceive(ProfileField.TALENTS_AND_INTERESTS)) {
            assertThat(issued.tags().talents()).isEqualTo(profile.tags().talents());
            assertThat(issued.tags().interests()).isEqualTo(profile.tags().interests());
            assertThat(issued.tags().worries()).as("the municipality's own").isEmpty();
        } else {
            assertThat(issued.tags()).isNull();
        }
        if (partner.mayReceive(ProfileField.DOMAIN_SITUATIONS)) {
            assertThat(issued.situations())
                    .extracting(DomainAssessment::domain)
                    .containsExactlyInAnyOrderElementsOf(partner.lifeDomains().stream()
                            .filter(domain -> domain != LifeDomain.HEALTH)
                            .toList());
        } else {
            assertThat(issued.situations()).isNull();
        }
        assertThat(issued.health())
                .isEqualTo(
                        partner.mayReceive(ProfileField.HEALTH)
                                ? profile.assessment(LifeDomain.HEALTH)
                                        .orElseThrow()
                                        .situation()
                                : null);
    }

    @Test
    void cjgGetsTheChildrensBirthYearsAndRsdDoesNot() {
        NewcomerProfile profile = TestEvents.profile();

        ReferralIssued cjg = issue(PartnerCode.CJG, profile, LifeDomain.CHILDREN_AND_PARENTING);
        ReferralIssued rsd = issue(PartnerCode.RSD, profile, LifeDomain.WORK_AND_INCOME);

        assertThat(cjg.childrenBirthYears()).containsExactly(2017, 2021);
        assertThat(rsd.childrenBirthYears()).isNull();
    }

    @Test
    void healthGoesToTheSociaalTeamOnlyWithTheNewcomersConsent() {
        NewcomerProfile consented = TestEvents.profileWithConsents(
                List.of(TestEvents.consent(PartnerCode.SOCIAAL_TEAM, Consent.Status.GIVEN)));
        NewcomerProfile refused = TestEvents.profile(); // the sample refuses SOCIAAL_TEAM

        assertThat(issue(PartnerCode.SOCIAAL_TEAM, consented, LifeDomain.HEALTH).health())
                .startsWith("Type 2 diabetes");
        assertThat(partner(PartnerCode.SOCIAAL_TEAM).hasConsentOrLegalBasis(refused))
                .isFalse();
    }

    @Test
    void healthNeverReachesTaalhuisEvenWhenAskedAndConsented() {
        ReferralIssued taalhuis = issue(PartnerCode.TAALHUIS, consentedToAll(), LifeDomain.LANGUAGE, LifeDomain.HEALTH);

        assertThat(taalhuis.health()).isNull();
        assertThat(taalhuis.lifeDomains()).containsExactly(LifeDomain.LANGUAGE);
        assertThat(taalhuis.situations()).extracting(DomainAssessment::domain).containsExactly(LifeDomain.LANGUAGE);
    }

    @Test
    void aReferralAboutDomainsThePartnerDoesNotServeIsNotIssued() {
        assertThat(Minimiser.issue(
                        partner(PartnerCode.CJG),
                        "GM0355",
                        TestEvents.profile(),
                        TestEvents.decision(PartnerCode.CJG, LifeDomain.HEALTH),
                        NOW))
                .isEmpty();
    }

    private static ReferralIssued issue(PartnerCode code, NewcomerProfile profile, LifeDomain... domains) {
        return Minimiser.issue(partner(code), "GM0355", profile, TestEvents.decision(code, domains), NOW)
                .orElseThrow();
    }

    private static Partner partner(PartnerCode code) {
        return DIRECTORY.partner(code).orElseThrow();
    }

    private static NewcomerProfile consentedToAll() {
        return TestEvents.profileWithConsents(DIRECTORY.partners().stream()
                .map(partner -> TestEvents.consent(partner.code(), Consent.Status.GIVEN))
                .toList());
    }
}
