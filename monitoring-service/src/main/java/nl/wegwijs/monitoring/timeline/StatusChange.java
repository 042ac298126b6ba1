package nl.wegwijs.monitoring.timeline;

import java.time.Instant;
import java.time.LocalDate;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;

/**
 * One applied transition of a referral, as the timeline keeps it: {@code at} when it happened, {@code recordedAt} when
 * this service learnt of it (the difference is the pipeline's lag, which the benchmarks measure).
 *
 * @param failureReason why a referral was never issued (its only change, to FAILED); null otherwise
 */
public record StatusChange(
        long sequence,
        ReferralStatus from,
        ReferralStatus to,
        Instant at,
        LocalDate expectedStart,
        Instant recordedAt,
        ReferralFailureReason failureReason) {

    static StatusChange of(ReferralStatusChanged event, Instant recordedAt) {
        return new StatusChange(
                event.sequence(),
                event.from(),
                event.to(),
                event.occurredAt(),
                event.expectedStart(),
                recordedAt,
                event.failureReason());
    }
}
