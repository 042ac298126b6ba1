package nl.wegwijs.intake.referrals;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.intake.newcomers.ConflictException;
import nl.wegwijs.intake.newcomers.IntakeEvents;
import nl.wegwijs.intake.newcomers.Newcomer;
import nl.wegwijs.intake.newcomers.NewcomerService;
import nl.wegwijs.intake.newcomers.NewcomerStore;
import nl.wegwijs.intake.newcomers.NotFoundException;
import nl.wegwijs.intake.newcomers.Referral;
import nl.wegwijs.intake.newcomers.ReferralInput;
import nl.wegwijs.intake.newcomers.ReferralRules;
import nl.wegwijs.support.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

/** Referrals decided after the intake, and their withdrawal. */
@Service
class ReferralService {

    private final NewcomerService newcomers;
    private final NewcomerStore store;
    private final IntakeEvents events;
    private final OutboxRelay relay;
    private final PartnerDirectory directory;

    ReferralService(
            NewcomerService newcomers,
            NewcomerStore store,
            IntakeEvents events,
            OutboxRelay relay,
            PartnerDirectory directory) {
        this.newcomers = newcomers;
        this.store = store;
        this.events = events;
        this.relay = relay;
        this.directory = directory;
    }

    Referral add(UUID newcomerId, ReferralInput input) {
        NewcomerStore.Stored stored = newcomers.readable(newcomerId);
        Newcomer current = stored.newcomer();
        ReferralRules.check(
                List.of(input),
                i -> "",
                current.profile(),
                current.activeReferrals().stream().map(Referral::partner).collect(Collectors.toSet()),
                directory);
        Referral referral = Referral.decided(input, events.now());
        Newcomer changed = current.withReferral(referral);
        relay.publish(
                newcomerId.toString(), store.update(stored, changed, List.of(events.referralAdded(changed, referral))));
        return referral;
    }

    Referral cancel(UUID newcomerId, UUID referralId, String reason) {
        NewcomerStore.Stored stored = newcomers.readable(newcomerId);
        Newcomer current = stored.newcomer();
        Referral referral =
                current.referral(referralId).orElseThrow(() -> new NotFoundException("referral.not-found", referralId));
        if (!referral.active()) {
            throw new ConflictException("referralId", "referral.cancelled-already");
        }
        Referral cancelled = referral.cancelled(reason, events.now());
        Newcomer changed = current.withReferralChanged(referralId, r -> cancelled);
        relay.publish(
                newcomerId.toString(),
                store.update(stored, changed, List.of(events.referralCancelled(changed, cancelled))));
        return cancelled;
    }
}
