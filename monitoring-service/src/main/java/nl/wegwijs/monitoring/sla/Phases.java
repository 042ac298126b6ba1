package nl.wegwijs.monitoring.sla;

import java.util.Optional;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;

/** Which phase a status starts (docs/design.md section 7); reaching any other status stops the running phase. */
public final class Phases {

    private Phases() {}

    public static Optional<SlaPhase> startedBy(ReferralStatus status) {
        return Optional.ofNullable(
                switch (status) {
                    case REQUESTED -> SlaPhase.ACKNOWLEDGE;
                    case RECEIVED -> SlaPhase.PICK_UP;
                    case WAITLISTED -> SlaPhase.WAITLIST_REVIEW;
                    case ACCEPTED -> SlaPhase.FIRST_CONTACT;
                    default -> null;
                });
    }
}
