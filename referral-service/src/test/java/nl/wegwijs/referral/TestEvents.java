package nl.wegwijs.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.contracts.referral.ReferralIssued;

/** The contract's golden samples, with fresh ids so that tests sharing one broker and store keep apart. */
public final class TestEvents {

    public static final String MUNICIPALITY = "GM0355";

    private TestEvents() {}

    /** The golden NewcomerProfiled (RSD, TAALHUIS and CJG referrals) with a new newcomer and new referral ids. */
    public static NewcomerProfiled profiled() {
        NewcomerProfiled sample = sample();
        return new NewcomerProfiled(
                UUID.randomUUID(),
                Instant.now(),
                MUNICIPALITY,
                UUID.randomUUID(),
                sample.profile(),
                sample.referrals().stream()
                        .map(d -> new ReferralDecision(
                                UUID.randomUUID(), d.partner(), d.lifeDomains(), d.reason(), d.urgency()))
                        .toList());
    }

    public static NewcomerProfile profile() {
        return sample().profile();
    }

    /** The sample profile with the given consents instead of its own. */
    public static NewcomerProfile profileWithConsents(List<Consent> consents) {
        return withConsents(profile(), consents);
    }

    /** A profile with the given consents instead of its own. */
    public static NewcomerProfile withConsents(NewcomerProfile p, List<Consent> consents) {
        return new NewcomerProfile(
                p.name(),
                p.dateOfBirth(),
                p.countryOfOrigin(),
                p.languages(),
                p.interpreter(),
                p.contact(),
                p.moveInDate(),
                p.intakeDate(),
                p.household(),
                p.lifeDomains(),
                p.tags(),
                consents,
                p.statusMessages());
    }

    public static Consent consent(PartnerCode partner, Consent.Status status) {
        return new Consent(partner, status, LocalDate.of(2026, 3, 2), "intake-officer-test");
    }

    public static ReferralDecision decision(PartnerCode partner, LifeDomain... domains) {
        return new ReferralDecision(UUID.randomUUID(), partner, List.of(domains), "Test referral.", Urgency.NORMAL);
    }

    /** A referral as issued to the given partner, for one of the life domains it serves. */
    public static ReferralIssued issued(PartnerCode partner) {
        NewcomerProfile p = profile();
        LifeDomain domain = PartnerDirectory.loadDefault().partner(partner).orElseThrow().lifeDomains().stream()
                .sorted()
                .findFirst()
                .orElseThrow();
        return new ReferralIssued(
                UUID.randomUUID(),
                Instant.now(),
                MUNICIPALITY,
                UUID.randomUUID(),
                partner,
                p.name(),
                p.contact(),
                p.languages(),
                p.interpreter(),
                List.of(domain),
                "Test referral.",
                Urgency.NORMAL,
                null,
                null,
                null,
                null,
                null);
    }

    public static ReferralResponse response(UUID referralId, PartnerCode partner, ResponseAction action) {
        return new ReferralResponse(
                UUID.randomUUID(),
                Instant.now(),
                MUNICIPALITY,
                UUID.randomUUID(),
                referralId,
                partner,
                action,
                null,
                null,
                null,
                null,
                "partner-employee-1");
    }

    private static NewcomerProfiled sample() {
        try (InputStream in = TestEvents.class.getResourceAsStream(EventType.NEWCOMER_PROFILED.sampleResource())) {
            return (NewcomerProfiled) new EventReader().parse(EventType.NEWCOMER_PROFILED, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
