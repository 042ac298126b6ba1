package nl.wegwijs.contracts.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;

/** One partner organisation's entry in the directory. */
public record Partner(
        PartnerCode code,
        String name,
        PartnerTopics topics,
        DeliveryMode deliveryMode,
        List<PartnerContact> contacts,
        Set<ProfileField> profileFields,
        Set<LifeDomain> lifeDomains,
        ConsentRule consent,
        SlaPolicy sla) {

    public Partner {
        Require.present(code, "code");
        Require.text(name, "name");
        Require.present(topics, "topics");
        requireTopic(
                "topics.referrals", topics.referrals(), PartnerTopics.of(code).referrals());
        requireTopic(
                "topics.responses", topics.responses(), PartnerTopics.of(code).responses());
        Require.present(deliveryMode, "deliveryMode");
        contacts = Require.nonEmpty(contacts, "contacts");
        profileFields = Set.copyOf(Require.present(profileFields, "profileFields"));
        for (ProfileField always : ProfileField.values()) {
            if (always.isAlwaysShared() && !profileFields.contains(always)) {
                throw new IllegalArgumentException(
                        "profileFields must include " + always + ": every referral carries it");
            }
        }
        lifeDomains = Set.copyOf(Require.present(lifeDomains, "lifeDomains"));
        if (lifeDomains.isEmpty()) {
            throw new IllegalArgumentException("lifeDomains must not be empty");
        }
        Require.present(consent, "consent");
        Require.present(sla, "sla");
    }

    public boolean mayReceive(ProfileField field) {
        return profileFields.contains(field);
    }

    public boolean mayReceive(LifeDomain domain) {
        return lifeDomains.contains(domain);
    }

    public boolean requiresConsent() {
        return consent.requiresConsent();
    }

    /**
     * The one rule of who may be referred to this partner, shared by intake and referral service: every life domain
     * asked about must be one it takes, and the newcomer must have consented unless the partner has a legal basis.
     *
     * @return empty when the referral may be issued, otherwise why not (domains are checked first)
     */
    public Optional<ReferralFailureReason> refusal(Collection<LifeDomain> domains, NewcomerProfile profile) {
        if (!domains.stream().allMatch(this::mayReceive)) {
            return Optional.of(ReferralFailureReason.DOMAIN_NOT_SERVED);
        }
        if (!hasConsentOrLegalBasis(profile)) {
            return Optional.of(ReferralFailureReason.NO_CONSENT);
        }
        return Optional.empty();
    }

    /** A partner that needs consent gets nothing without it; one with a legal basis needs none. */
    public boolean hasConsentOrLegalBasis(NewcomerProfile profile) {
        return !requiresConsent()
                || profile.consentFor(code).map(Consent::isGiven).orElse(false);
    }

    private static void requireTopic(String field, String actual, String expected) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(field + " must be '" + expected + "', was '" + actual + "'");
        }
    }
}
