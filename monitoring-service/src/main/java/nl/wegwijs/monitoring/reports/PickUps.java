package nl.wegwijs.monitoring.reports;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.timeline.Timeline;

/** A referral's pick-up as the reports count it: the partner's first answer, in working days after receipt. */
final class PickUps {

    private static final List<ReferralStatus> PICKED_UP =
            List.of(ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, ReferralStatus.REJECTED);

    private PickUps() {}

    static Optional<Instant> pickedUpAt(Timeline timeline) {
        return PICKED_UP.stream()
                .flatMap(status -> timeline.reached(status).stream())
                .min(Comparator.naturalOrder());
    }

    /** Receipt, or the pick-up itself where a partner answered without acknowledging first. */
    static Optional<Instant> receivedAt(Timeline timeline) {
        return timeline.reached(ReferralStatus.RECEIVED).or(() -> pickedUpAt(timeline));
    }

    static Optional<Integer> workingDays(Timeline timeline, WorkingTime time) {
        return pickedUpAt(timeline)
                .flatMap(done -> receivedAt(timeline).map(received -> time.workingDaysBetween(received, done)));
    }
}
