package nl.wegwijs.contracts.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.Require;

/**
 * A partner's step on a referral, written by the partner on its own responses topic.
 *
 * <p>Whether the step is allowed (a decline needs a reason code, a waitlist an expected start or a wait in weeks)
 * is the referral service's decision, not a reason to reject the record: a refused response is recorded.
 *
 * @param responseId chosen by the partner; a response sent twice has the same id and is applied once
 * @param respondedBy the partner's employee or system that responded, for the timeline
 */
public record ReferralResponse(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID responseId,
        UUID referralId,
        PartnerCode partner,
        ResponseAction action,
        DeclineReason reasonCode,
        String reason,
        LocalDate expectedStart,
        Integer waitWeeks,
        String respondedBy)
        implements ReferralEvent {

    public ReferralResponse {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(responseId, "responseId");
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        Require.present(action, "action");
        if (waitWeeks != null) {
            Require.atLeast(waitWeeks, 1, "waitWeeks");
        }
    }
}
