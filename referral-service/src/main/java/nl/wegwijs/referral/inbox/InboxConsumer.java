package nl.wegwijs.referral.inbox;

import java.time.Clock;
import java.util.function.Consumer;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.referral.ReferralDetailsCorrected;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.messaging.Records;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.messaging.Message;

/**
 * Reads one inbox-mode partner's referrals topic in its own group {@code inbox-<slug>}, stores each referral in that
 * partner's inbox and acknowledges receipt for the partner; withdrawals and corrected details update the entry.
 */
public class InboxConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(InboxConsumer.class);

    private final PartnerCode partner;
    private final Inbox inbox;
    private final ReferralLifecycle lifecycle;
    private final Clock clock;

    InboxConsumer(PartnerCode partner, Inbox inbox, ReferralLifecycle lifecycle, Clock clock) {
        this.partner = partner;
        this.inbox = inbox;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The consumer for one partner, its collaborators taken from the context when the bean is created. */
    public static InboxConsumer create(PartnerCode partner, BeanFactory beans) {
        return new InboxConsumer(
                partner,
                beans.getBean(Inbox.class),
                beans.getBean(ReferralLifecycle.class),
                beans.getBean(Clock.class));
    }

    public static String group(PartnerCode partner) {
        return "inbox-" + partner.topicSlug();
    }

    @Override
    public void accept(Message<byte[]> message) {
        Records.event(message).ifPresent(event -> {
            if (event instanceof ReferralIssued issued && issued.partner().equals(partner)) {
                inbox.deliver(issued, clock.instant());
                lifecycle.acknowledge(issued.referralId(), group(partner));
            } else if (event instanceof ReferralWithdrawn withdrawn
                    && withdrawn.partner().equals(partner)) {
                inbox.withdraw(withdrawn.referralId(), clock.instant());
            } else if (event instanceof ReferralDetailsCorrected corrected
                    && corrected.partner().equals(partner)) {
                inbox.correct(corrected);
            } else {
                log.warn("Inbox of {} skipped event {} meant for another partner", partner, event.eventId());
            }
        });
    }
}
