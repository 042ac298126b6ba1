package nl.wegwijs.referral.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.ProfileField;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralIssued;

/**
 * Builds the ReferralIssued one partner receives: name, contact and languages always; every other part only where
 * the partner's directory entry lists it, and only for the referral's own life domains. Health details also need
 * the newcomer's consent for this partner, whatever the partner's legal basis.
 */
final class Minimiser {

    private Minimiser() {}

    /** @return empty when none of the referral's life domains is one the partner may receive */
    static Optional<ReferralIssued> issue(
            Partner partner, String municipality, NewcomerProfile profile, ReferralDecision decision, Instant now) {
        List<LifeDomain> domains =
                decision.lifeDomains().stream().filter(partner::mayReceive).toList();
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferralIssued(
                UUID.randomUUID(),
                now,
                municipality,
                decision.referralId(),
                partner.code(),
                profile.name(),
                profile.contact(),
                profile.languages(),
                profile.interpreter(),
                domains,
                decision.reason(),
                decision.urgency(),
                partner.mayReceive(ProfileField.DATE_OF_BIRTH) ? profile.dateOfBirth() : null,
                partner.mayReceive(ProfileField.DOMAIN_SITUATIONS) ? situations(profile, domains) : null,
                partner.mayReceive(ProfileField.HOUSEHOLD_CHILDREN_BIRTH_YEARS)
                        ? profile.household().childrenBirthYears()
                        : null,
                health(partner, profile, domains),
                partner.mayReceive(ProfileField.TALENTS_AND_INTERESTS)
                        ? profile.tags().forPartner()
                        : null));
    }

    private static List<DomainAssessment> situations(NewcomerProfile profile, List<LifeDomain> domains) {
        return profile.lifeDomains().stream()
                .filter(assessment -> assessment.domain() != LifeDomain.HEALTH)
                .filter(assessment -> domains.contains(assessment.domain()))
                .toList();
    }

    private static String health(Partner partner, NewcomerProfile profile, List<LifeDomain> domains) {
        boolean consented =
                profile.consentFor(partner.code()).map(Consent::isGiven).orElse(false);
        if (!partner.mayReceive(ProfileField.HEALTH) || !domains.contains(LifeDomain.HEALTH) || !consented) {
            return null;
        }
        return profile.assessment(LifeDomain.HEALTH)
                .map(DomainAssessment::situation)
                .orElse(null);
    }
}
