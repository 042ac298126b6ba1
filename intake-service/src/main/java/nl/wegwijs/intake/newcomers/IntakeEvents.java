package nl.wegwijs.intake.newcomers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.support.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/** Builds the contract events of the aggregate's changes, each ready for the outbox with its topic. */
@Component
public class IntakeEvents {

    private final Clock clock;
    private final String municipality;

    IntakeEvents(Clock clock, PartnerDirectory directory) {
        this.clock = clock;
        this.municipality = directory.municipality().code();
    }

    public String municipality() {
        return municipality;
    }

    PendingEvent profiled(Newcomer n) {
        return pending(
                new NewcomerProfiled(
                        UUID.randomUUID(),
                        now(),
                        municipality,
                        n.id(),
                        n.profile(),
                        n.activeReferrals().stream().map(Referral::decision).toList()),
                Topics.NEWCOMER_PROFILED);
    }

    PendingEvent profileCorrected(Newcomer n, List<String> changedFields) {
        return pending(
                new NewcomerProfileCorrected(
                        UUID.randomUUID(), now(), municipality, n.id(), n.profile(), changedFields),
                Topics.NEWCOMER_PROFILED);
    }

    public PendingEvent referralAdded(Newcomer n, Referral r) {
        return pending(
                new ReferralAdded(UUID.randomUUID(), now(), municipality, n.id(), r.decision()),
                Topics.NEWCOMER_PROFILED);
    }

    public PendingEvent referralCancelled(Newcomer n, Referral r) {
        return pending(
                new ReferralCancelled(
                        UUID.randomUUID(), now(), municipality, n.id(), r.referralId(), r.partner(), r.cancelReason()),
                Topics.NEWCOMER_PROFILED);
    }

    PendingEvent followUpScheduled(Newcomer n, FollowUp f) {
        return pending(
                new FollowUpScheduled(UUID.randomUUID(), now(), municipality, n.id(), f.number(), f.dueDate()),
                Topics.FOLLOW_UPS);
    }

    public PendingEvent followUpHeld(Newcomer n, FollowUp f) {
        return pending(
                new FollowUpHeld(
                        UUID.randomUUID(),
                        now(),
                        municipality,
                        n.id(),
                        f.number(),
                        f.heldOn(),
                        f.pillars(),
                        f.referralReviews()),
                Topics.FOLLOW_UPS);
    }

    PendingEvent erased(Newcomer n) {
        return pending(new NewcomerErased(UUID.randomUUID(), now(), municipality, n.id()), Topics.NEWCOMER_ERASED);
    }

    private static PendingEvent pending(WegwijsEvent event, String topic) {
        return PendingEvent.of(topic, event);
    }

    public Instant now() {
        return clock.instant();
    }
}
