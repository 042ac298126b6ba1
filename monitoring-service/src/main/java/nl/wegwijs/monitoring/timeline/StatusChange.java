package nl.wegwijs.monitoring.timeline;

import java.time.Instant;
import java.time.LocalDate;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;

/** One applied transition of a referral, as the timeline keeps it. */
public record StatusChange(long sequence, ReferralStatus from, ReferralStatus to, Instant at, LocalDate expectedStart) {

    static StatusChange of(ReferralStatusChanged event) {
        return new StatusChange(event.sequence(), event.from(), event.to(), event.occurredAt(), event.expectedStart());
    }
}
