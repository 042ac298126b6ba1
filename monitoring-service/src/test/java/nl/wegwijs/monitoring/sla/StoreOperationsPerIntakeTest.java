package nl.wegwijs.monitoring.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.MutableClock;
import nl.wegwijs.monitoring.timeline.TimelineService;
import nl.wegwijs.support.store.StoreCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The store operations monitoring spends on one intake with three referrals, counted from the driver's command log:
 * each referral is REQUESTED and then RECEIVED, and the intake schedules three follow-up conversations (issue 16).
 */
class StoreOperationsPerIntakeTest extends MonitoringTestBase {

    private static final int INTAKES = 20;
    private static final List<PartnerCode> PARTNERS =
            List.of(PartnerCode.SOCIAAL_TEAM, PartnerCode.TAALHUIS, PartnerCode.CJG);

    /**
     * ADR 33: one findAndModify per status change (six), one insert of the three follow-ups, and one bulk write of
     * bucket entries per poll that arms a first phase or a follow-up (two: the receipts' phases keep the entries their
     * requests left). ADR 26 had twelve: a findAndModify per follow-up and a bucket write per poll. ADR 16 had 18.
     */
    private static final double BUDGET = 9;

    @Autowired
    TimelineService timelines;

    @Autowired
    FollowUpTimers followUps;

    @Autowired
    TimerStore timers;

    @Autowired
    StoreCommands commands;

    @Autowired
    MutableClock clock;

    @Test
    void anIntakeWithThreeReferralsStaysWithinItsBudget() {
        clock.set(Instant.parse("2031-03-03T09:00:00Z"));
        intake(); // the first arming ever writes the scan cursor; this one is not counted
        commands.reset();

        for (int i = 0; i < INTAKES; i++) {
            intake();
        }

        double perIntake = (double) commands.total() / INTAKES;
        System.out.printf("monitoring store operations per intake: %.1f %s%n", perIntake, commands);
        assertThat(perIntake).as("store operations per intake: %s", commands).isLessThanOrEqualTo(BUDGET);
    }

    /** As the consumers get them (ADR 26): the three REQUESTED in a poll, the follow-ups in one, the RECEIVED in one. */
    private void intake() {
        UUID newcomer = UUID.randomUUID();
        List<Events> referrals = new ArrayList<>();
        timers.inOnePoll(() -> {
            for (PartnerCode partner : PARTNERS) {
                Events referral = new Events(partner, newcomer);
                referrals.add(referral);
                timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
            }
        });
        timers.inOnePoll(() -> followUps.scheduledAll(IntStream.rangeClosed(1, 3)
                .mapToObj(number -> new FollowUpScheduled(
                        UUID.randomUUID(),
                        clock.instant(),
                        "GM0355",
                        newcomer,
                        number,
                        LocalDate.of(2031, 3 + 2 * number, 3)))
                .toList()));
        timers.inOnePoll(() ->
                referrals.forEach(referral -> timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()))));
    }
}
