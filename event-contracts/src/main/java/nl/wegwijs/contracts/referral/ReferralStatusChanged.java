package nl.wegwijs.contracts.referral;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.InvalidFieldException;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.Urgency;

/**
 * A referral moved from one status to another. The first one of a referral has no {@code from} and {@code to}
 * REQUESTED: that is when its SLA timers start. A referral that could not be issued at all has one change only: no
 * {@code from}, {@code to} FAILED and a {@code failureReason}; no SLA timer starts for it.
 *
 * @param sequence per referral, starting at 1; a consumer applies each sequence once
 * @param actor who made the change: a token subject, or {@code system}
 * @param expectedStart for a waitlisted referral, when the partner expects to start
 * @param failureReason only for a referral that failed before it was issued: why the partner never received it
 */
public record ReferralStatusChanged(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID referralId,
        UUID newcomerId,
        PartnerCode partner,
        ReferralStatus from,
        ReferralStatus to,
        @JsonProperty(required = true) long sequence,
        Urgency urgency,
        String actor,
        String reason,
        DeclineReason reasonCode,
        LocalDate expectedStart,
        ReferralFailureReason failureReason)
        implements ReferralEvent {

    public ReferralStatusChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(referralId, "referralId");
        Require.present(newcomerId, "newcomerId");
        Require.present(partner, "partner");
        Require.present(to, "to");
        Require.atLeast(sequence, 1, "sequence");
        Require.present(urgency, "urgency");
        Require.text(actor, "actor");
        if (failureReason != null && to != ReferralStatus.FAILED) {
            throw new InvalidFieldException("failureReason is only for a change to FAILED");
        }
    }

    /** A change of a referral that was issued: no failure reason. */
    public ReferralStatusChanged(
            UUID eventId,
            Instant occurredAt,
            String municipality,
            UUID referralId,
            UUID newcomerId,
            PartnerCode partner,
            ReferralStatus from,
            ReferralStatus to,
            long sequence,
            Urgency urgency,
            String actor,
            String reason,
            DeclineReason reasonCode,
            LocalDate expectedStart) {
        this(
                eventId,
                occurredAt,
                municipality,
                referralId,
                newcomerId,
                partner,
                from,
                to,
                sequence,
                urgency,
                actor,
                reason,
                reasonCode,
                expectedStart,
                null);
    }
}
