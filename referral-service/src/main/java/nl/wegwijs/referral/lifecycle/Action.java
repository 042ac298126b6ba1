package nl.wegwijs.referral.lifecycle;

import java.util.Locale;
import java.util.Optional;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.partner.ResponseAction;

/** A step on a referral and the status it leads to. CANCEL is the municipality's; the others are the partner's. */
public enum Action {
    RECEIVE(ReferralStatus.RECEIVED),
    ACCEPT(ReferralStatus.ACCEPTED),
    WAITLIST(ReferralStatus.WAITLISTED),
    DECLINE(ReferralStatus.REJECTED),
    START(ReferralStatus.IN_PROGRESS),
    COMPLETE(ReferralStatus.COMPLETED),
    FAIL(ReferralStatus.FAILED),
    CANCEL(ReferralStatus.CANCELLED);

    private final ReferralStatus target;

    Action(ReferralStatus target) {
        this.target = target;
    }

    public ReferralStatus target() {
        return target;
    }

    /** The name in a REST path, such as {@code accept}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a partner may take this step through the partner API (receipt is acknowledged by the inbox). */
    public boolean isPartnerApiAction() {
        return this != RECEIVE && this != CANCEL;
    }

    public static Optional<Action> fromPathName(String name) {
        for (Action action : values()) {
            if (action.isPartnerApiAction() && action.pathName().equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public static Action of(ResponseAction response) {
        return switch (response) {
            case RECEIVED -> RECEIVE;
            case ACCEPTED -> ACCEPT;
            case WAITLISTED -> WAITLIST;
            case DECLINED -> DECLINE;
            case STARTED -> START;
            case COMPLETED -> COMPLETE;
            case FAILED -> FAIL;
        };
    }
}
