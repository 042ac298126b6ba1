package nl.wegwijs.intake.statuses;

import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.intake.keys.NewcomerKeyStore;
import nl.wegwijs.intake.notices.NoticeRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code referral.status-changed.v1} in group {@code intake-service} (ADR 5): unknown types are skipped; a
 * malformed record of a known type throws, is retried and goes to {@code referral.status-changed.v1.intake-service.dlq}.
 */
@Configuration
class StatusEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(StatusEventsConsumer.class);

    private final EventReader reader;

    /** The partners' reasons travel sealed with the newcomer's key; an erased newcomer's changes are skipped. */
    StatusEventsConsumer(NewcomerKeyStore keys) {
        this.reader = new EventReader(keys);
    }

    @Bean
    Consumer<Message<byte[]>> referralStatusChanged(ReferralStatuses statuses, NoticeRequests notices) {
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(
                        event -> {
                            if (event instanceof ReferralStatusChanged changed) {
                                apply(changed, statuses, notices);
                            }
                        },
                        () -> log.debug(
                                "Skipped a record of unknown type {}", CloudEventHeaders.type(message.getHeaders())));
    }

    /**
     * The notice is requested before the change is applied, and only for a change not applied yet: a crash in between
     * requests it again under the same id, which the notification service sends once (ADR 23).
     */
    private static void apply(ReferralStatusChanged changed, ReferralStatuses statuses, NoticeRequests notices) {
        if (NoticeRequests.worthNoticing(changed) && statuses.isNew(changed)) {
            notices.request(changed);
        }
        if (!statuses.apply(changed)) {
            log.debug(
                    "Referral {} sequence {} was applied before or superseded",
                    changed.referralId(),
                    changed.sequence());
        }
    }
}
