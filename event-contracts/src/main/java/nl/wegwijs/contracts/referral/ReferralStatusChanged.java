package nl.wegwijs.contracts.referral;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.Urgency;

/**
 * A referral moved from one status to another. The first one of a referral has no {@code from} and {@code to}
 * REQUESTED: that is when its SLA timers start.
 *
 * @param sequence per referral, starting at 1; a consumer applies each sequence once
 * @param actor who made the change: a token subject, or {@code system}
 * @param expectedStart for a waitlisted referral, when the partner expects to start
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
        LocalDate expectedStart)
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
    }
}
