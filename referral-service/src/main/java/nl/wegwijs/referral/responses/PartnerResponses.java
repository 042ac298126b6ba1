package nl.wegwijs.referral.responses;

import java.util.Optional;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.referral.messaging.Records;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.referral.referrals.ResponseOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The partners' responses. The sender is the partner whose topic the record came from, whatever the record says;
 * it may only answer for its own referrals.
 */
@Component
public class PartnerResponses {

    private static final Logger log = LoggerFactory.getLogger(PartnerResponses.class);

    private final PartnerDirectory directory;
    private final ReferralStore referrals;
    private final ReferralLifecycle lifecycle;
    private final SecurityEvents security;
    private final UnreadableRecords unreadable;

    PartnerResponses(
            PartnerDirectory directory,
            ReferralStore referrals,
            ReferralLifecycle lifecycle,
            SecurityEvents security,
            UnreadableRecords unreadable) {
        this.directory = directory;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.security = security;
        this.unreadable = unreadable;
    }

    /** A record from the responses topic of {@code from}; one that is not a response is refused, never skipped. */
    public void receive(PartnerCode from, Message<byte[]> message) {
        Optional<WegwijsEvent> event = Records.event(message);
        if (event.isPresent() && event.get() instanceof ReferralResponse response) {
            handle(from, response);
        } else {
            unreadable.refuse(from, message, Records.type(message), event.isPresent());
        }
    }

    private void handle(PartnerCode from, ReferralResponse response) {
        String topic = Topics.partnerResponses(from);
        Optional<Partner> sender = directory.partner(from);
        if (sender.isEmpty()) {
            security.refused(topic, response, "the topic belongs to no partner in the directory");
            return;
        }
        if (!response.partner().equals(sender.get().code())) {
            security.refused(topic, response, "the response names another partner than the topic's");
            return;
        }
        Optional<Referral> referral = referrals.find(response.referralId());
        if (referral.isEmpty() || !referral.get().belongsTo(sender.get().code())) {
            security.refused(topic, response, "the referral is not one of the sender's");
            return;
        }
        ResponseOutcome outcome = lifecycle.respond(response.referralId(), response, actor(response, sender.get()));
        log.info("Response {} on referral {}: {}", response.responseId(), response.referralId(), outcome);
    }

    private static String actor(ReferralResponse response, Partner sender) {
        String respondedBy = response.respondedBy();
        return respondedBy == null || respondedBy.isBlank()
                ? "partner-" + sender.code().topicSlug()
                : respondedBy;
    }
}
