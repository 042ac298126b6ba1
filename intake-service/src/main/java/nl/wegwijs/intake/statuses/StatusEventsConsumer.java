package nl.wegwijs.intake.statuses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.intake.keys.NewcomerKeyStore;
import nl.wegwijs.intake.notices.NoticeRequests;
import nl.wegwijs.support.kafka.BatchRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code referral.status-changed.v1} in group {@code intake-service}, a poll at a time (ADR 5, ADR 26): unknown
 * types are skipped; the changes read are applied in one bulk write. A record that cannot be read, or applied (found by
 * applying the poll's changes one at a time after the bulk write failed), is then retried alone and goes to {@code
 * referral.status-changed.v1.intake-service.dlq}; the records after it come again.
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
    Consumer<Message<List<byte[]>>> referralStatusChanged(ReferralStatuses statuses, NoticeRequests notices) {
        return batch -> {
            BatchRecords<ReferralStatusChanged> records = BatchRecords.read(batch, (headers, payload) -> {
                var event = reader.readRecord(headers, payload);
                if (event.isEmpty()) {
                    log.debug("Skipped a record of unknown type {}", CloudEventHeaders.type(headers));
                }
                return event.filter(ReferralStatusChanged.class::isInstance).map(ReferralStatusChanged.class::cast);
            });
            records.applyAll(
                    changes -> apply(changes, statuses, notices),
                    changed -> apply(List.of(changed), statuses, notices));
            records.rethrowFailure();
        };
    }

    /**
     * Each notice is requested before the changes are applied, and only for a change newer than the stored one and
     * than those before it in the poll (a repeat in the same poll asks nothing): a crash in between requests it again
     * under the same id, which the notification service sends once (ADR 23).
     */
    private static void apply(List<ReferralStatusChanged> changes, ReferralStatuses statuses, NoticeRequests notices) {
        Map<UUID, Long> seen = new HashMap<>();
        for (ReferralStatusChanged changed : changes) {
            boolean newerInPoll = changed.sequence() > seen.getOrDefault(changed.referralId(), 0L);
            seen.merge(changed.referralId(), changed.sequence(), Math::max);
            if (newerInPoll && NoticeRequests.worthNoticing(changed) && statuses.isNew(changed)) {
                notices.request(changed);
            }
        }
        statuses.applyAll(changes);
    }
}
