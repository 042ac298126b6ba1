package nl.wegwijs.contracts.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.SlaPhase;

/**
 * A referral's phase passed its deadline. Level 1 goes to the partner, level 2 also to the municipality's
 * coordinator, level 3 also onto the next coordination meeting's agenda.
 *
 * @param openBacklog how many referrals the partner has open, to tell a stuck referral from an overloaded partner
 */
public record ReferralStalled(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID referralId,
        UUID newcomerId,
        PartnerCode partner,
        SlaPhase phase,
        @JsonProperty(required = true) int level,
        Instant dueAt,
        @JsonProperty(required = true) int overdueWorkingDays,
        @JsonProperty(required = true) int openBacklog)
        implements ReferralEvent {

    public ReferralStalled {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(referralId, "referralId");
        Require.present(newcomerId, "newcomerId");
        Require.present(partner, "partner");
        Require.present(phase, "phase");
        Require.between(level, 1, 3, "level");
        Require.present(dueAt, "dueAt");
        Require.atLeast(overdueWorkingDays, 0, "overdueWorkingDays");
        Require.atLeast(openBacklog, 0, "openBacklog");
    }
}
