package nl.wegwijs.monitoring.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final UUID referralId = UUID.randomUUID();
    private final UUID newcomerId = UUID.randomUUID();
    private static final Instant RECORDED = Instant.parse("2026-01-05T11:00:00Z");

    @Test
    void appliesEachSequenceOnceAndInOrderEvenWhenRecordsArriveTwiceOrEarly() {
        ReferralStatusChanged requested = change(1, null, ReferralStatus.REQUESTED);
        ReferralStatusChanged received = change(2, ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);
        ReferralStatusChanged accepted = change(3, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
        Timeline timeline = Timeline.start(requested);

        assertThat(timeline.accept(requested, RECORDED))
                .extracting(StatusChange::sequence)
                .containsExactly(1L);
        assertThat(timeline.hasSeen(requested)).isTrue();
        assertThat(timeline.accept(accepted, RECORDED))
                .as("sequence 3 waits for 2")
                .isEmpty();
        assertThat(timeline.hasSeen(accepted)).isTrue();
        assertThat(timeline.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(timeline.accept(received, RECORDED))
                .extracting(StatusChange::sequence)
                .containsExactly(2L, 3L);
        assertThat(timeline.hasSeen(received)).isTrue();

        assertThat(timeline.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(timeline.changes())
                .extracting(StatusChange::to)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
        assertThat(timeline.reached(ReferralStatus.RECEIVED)).contains(Instant.parse("2026-01-05T10:02:00Z"));
        assertThat(timeline.changes()).extracting(StatusChange::recordedAt).containsOnly(RECORDED);
    }

    private ReferralStatusChanged change(long sequence, ReferralStatus from, ReferralStatus to) {
        return new ReferralStatusChanged(
                UUID.randomUUID(),
                Instant.parse("2026-01-05T10:00:00Z").plusSeconds(60 * sequence),
                "GM0355",
                referralId,
                newcomerId,
                PartnerCode.RSD,
                from,
                to,
                sequence,
                Urgency.NORMAL,
                "system",
                null,
                null,
                null);
    }
}
