package nl.wegwijs.contracts.intake;

import java.util.Optional;
import nl.wegwijs.contracts.ReferralStatus;

/** The referral changes a newcomer hears about. */
public enum NoticeKind {
    ACCEPTED,
    WAITLISTED,
    STARTED,
    DECLINED;

    /** The notice a change to this status gives the newcomer, if any. */
    public static Optional<NoticeKind> of(ReferralStatus to) {
        return Optional.ofNullable(
                switch (to) {
                    case ACCEPTED -> ACCEPTED;
                    case WAITLISTED -> WAITLISTED;
                    case IN_PROGRESS -> STARTED;
                    case REJECTED -> DECLINED;
                    default -> null;
                });
    }
}
