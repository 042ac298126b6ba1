package nl.wegwijs.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;

/** Builds the status changes of one referral, numbering the sequence as the referral service does. */
public final class Events {

    private final UUID referralId = UUID.randomUUID();
    private final UUID newcomerId;
    private final PartnerCode partner;
    private final Urgency urgency;
    private ReferralStatus status;
    private long sequence;

    public Events(PartnerCode partner) {
        this(partner, Urgency.NORMAL);
    }

    public Events(PartnerCode partner, Urgency urgency) {
        this(partner, urgency, UUID.randomUUID());
    }

    /** Another referral of the same newcomer. */
    public Events(PartnerCode partner, UUID newcomerId) {
        this(partner, Urgency.NORMAL, newcomerId);
    }

    private Events(PartnerCode partner, Urgency urgency, UUID newcomerId) {
        this.partner = partner;
        this.urgency = urgency;
        this.newcomerId = newcomerId;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID newcomerId() {
        return newcomerId;
    }

    public ReferralStatusChanged to(ReferralStatus to, Instant at) {
        return to(to, at, null);
    }

    public ReferralStatusChanged to(ReferralStatus to, Instant at, LocalDate expectedStart) {
        ReferralStatusChanged event = new ReferralStatusChanged(
                UUID.randomUUID(),
                at,
                "GM0355",
                referralId,
                newcomerId,
                partner,
                status,
                to,
                ++sequence,
                urgency,
                "system",
                null,
                null,
                expectedStart);
        status = to;
        return event;
    }

    /** The only change of a referral that failed before it was issued, as the referral service sends it. */
    public ReferralStatusChanged failed(ReferralFailureReason reason, Instant at) {
        ReferralStatusChanged event = new ReferralStatusChanged(
                UUID.randomUUID(),
                at,
                "GM0355",
                referralId,
                newcomerId,
                partner,
                null,
                ReferralStatus.FAILED,
                ++sequence,
                urgency,
                "system",
                "Not issued.",
                null,
                null,
                reason);
        status = ReferralStatus.FAILED;
        return event;
    }
}
