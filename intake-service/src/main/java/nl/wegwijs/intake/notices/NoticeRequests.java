package nl.wegwijs.intake.notices;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NoticeKind;
import nl.wegwijs.contracts.intake.StatusMessages;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.intake.cards.CardLanguage;
import nl.wegwijs.intake.newcomers.IntakeEvents;
import nl.wegwijs.intake.newcomers.Newcomer;
import nl.wegwijs.intake.newcomers.NewcomerStore;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Turns a referral change the newcomer should hear of into a {@link NewcomerNoticeRequested} in the newcomer's outbox
 * (ADR 23): only for a newcomer who consented to messages and has the channel's contact detail, and with nothing but
 * what the message needs. The notice's id is derived from the status change's, so a repeat requests the same notice.
 */
@Component
public class NoticeRequests {

    private final NewcomerStore store;
    private final IntakeEvents events;
    private final OutboxRelay relay;

    NoticeRequests(NewcomerStore store, IntakeEvents events, OutboxRelay relay) {
        this.store = store;
        this.events = events;
        this.relay = relay;
    }

    /** Whether the change is of a kind the newcomer hears of at all; the others need no read. */
    public static boolean worthNoticing(ReferralStatusChanged changed) {
        return NoticeKind.of(changed.to()).isPresent();
    }

    public void request(ReferralStatusChanged changed) {
        Optional<NoticeKind> kind = NoticeKind.of(changed.to());
        if (kind.isEmpty()) {
            return;
        }
        Optional<NewcomerProfile> profile = store.find(changed.newcomerId())
                .map(NewcomerStore.Stored::newcomer)
                .filter(n -> !n.wasErased() && n.referral(changed.referralId()).isPresent())
                .map(Newcomer::profile);
        StatusMessages wish = profile.map(NewcomerProfile::statusMessages).orElse(null);
        String address = wish == null || !wish.consent()
                ? null
                : addressFor(wish.channel(), profile.get().contact());
        if (address == null || address.isBlank()) {
            return; // no consent, or no address to send to: nothing to request, and the status change goes on
        }
        NewcomerNoticeRequested notice = new NewcomerNoticeRequested(
                NewcomerNoticeRequested.idFor(changed.eventId()),
                changed.occurredAt(),
                events.municipality(),
                changed.newcomerId(),
                changed.partner(),
                kind.get(),
                kind.get() == NoticeKind.WAITLISTED ? changed.expectedStart() : null,
                CardLanguage.firstOf(profile.get().languages()).code(),
                wish.channel(),
                address);
        List<PendingEvent> pending =
                store.append(changed.newcomerId(), List.of(PendingEvent.of(Topics.NEWCOMER_NOTICES, notice)));
        if (!pending.isEmpty()) {
            relay.publish(changed.newcomerId().toString(), pending);
        }
    }

    private static String addressFor(MessageChannel channel, Contact contact) {
        return channel == MessageChannel.EMAIL ? contact.email() : contact.phone();
    }
}
