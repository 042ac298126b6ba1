package nl.wegwijs.intake.newcomers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.intake.ReferralDecision;

/** A referral as the intake service keeps it: the officer's decision and whether it was withdrawn. */
public record Referral(
        UUID referralId,
        PartnerCode partner,
        List<LifeDomain> lifeDomains,
        String reason,
        Urgency urgency,
        Status status,
        Instant decidedAt,
        String cancelReason,
        Instant cancelledAt) {

    public enum Status {
        ACTIVE,
        CANCELLED
    }

    public static Referral decided(ReferralInput input, Instant at) {
        return new Referral(
                UUID.randomUUID(),
                PartnerCode.of(input.partner()),
                input.lifeDomains(),
                input.reason(),
                input.urgency(),
                Status.ACTIVE,
                at,
                null,
                null);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public ReferralDecision decision() {
        return new ReferralDecision(referralId, partner, lifeDomains, reason, urgency);
    }

    public Referral cancelled(String why, Instant at) {
        return new Referral(referralId, partner, lifeDomains, reason, urgency, Status.CANCELLED, decidedAt, why, at);
    }

    /** Without the texts addressed to the partner: those may describe the person. */
    Referral anonymised() {
        return new Referral(referralId, partner, lifeDomains, null, urgency, status, decidedAt, null, cancelledAt);
    }
}
