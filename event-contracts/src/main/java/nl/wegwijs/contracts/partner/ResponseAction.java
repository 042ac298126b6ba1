package nl.wegwijs.contracts.partner;

import nl.wegwijs.contracts.ReferralStatus;

/** What a partner reports about a referral, and the status it asks for. */
public enum ResponseAction {
    RECEIVED(ReferralStatus.RECEIVED),
    ACCEPTED(ReferralStatus.ACCEPTED),
    WAITLISTED(ReferralStatus.WAITLISTED),
    DECLINED(ReferralStatus.REJECTED),
    STARTED(ReferralStatus.IN_PROGRESS),
    COMPLETED(ReferralStatus.COMPLETED),
    FAILED(ReferralStatus.FAILED);

    private final ReferralStatus targetStatus;

    ResponseAction(ReferralStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public ReferralStatus targetStatus() {
        return targetStatus;
    }
}
