package nl.wegwijs.monitoring.events;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.monitoring.sla.FollowUpTimers;
import nl.wegwijs.monitoring.sla.TimerStore;
import nl.wegwijs.monitoring.timeline.TimelineService;
import nl.wegwijs.support.kafka.BatchRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The topics this service reads (ADR 5): a tolerant reader skips unknown types; a malformed record of a known type
 * throws, is retried and goes to the binding's dead-letter topic. Status changes and follow-ups are read a poll at a
 * time (ADR 26): each event as before, the bucket entries of the poll together at its end. A record that cannot be
 * read or applied fails after the records before it were applied, and alone; the records after it come again.
 */
@Configuration
class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final EventReader reader = new EventReader();

    @Bean
    Consumer<Message<List<byte[]>>> referralStatusChanged(TimelineService timelines, TimerStore timers) {
        return eachOfPoll(timers, event -> {
            if (event instanceof ReferralStatusChanged changed) {
                timelines.record(changed);
            }
        });
    }

    /**
     * A poll of scheduled follow-ups only, as an intake schedules them, is applied in one write; should that fail, one
     * at a time, so the record that fails is named.
     */
    @Bean
    Consumer<Message<List<byte[]>>> followUps(FollowUpTimers followUps, TimerStore timers) {
        Consumer<WegwijsEvent> each = event -> {
            if (event instanceof FollowUpScheduled scheduled) {
                followUps.scheduled(scheduled);
            } else if (event instanceof FollowUpHeld held) {
                followUps.held(held);
            }
        };
        return batch -> {
            BatchRecords<WegwijsEvent> records = read(batch);
            List<FollowUpScheduled> scheduled = records.read().stream()
                    .filter(FollowUpScheduled.class::isInstance)
                    .map(FollowUpScheduled.class::cast)
                    .toList();
            timers.inOnePoll(() -> {
                if (scheduled.size() > 1 && scheduled.size() == records.read().size()) {
                    records.applyAll(all -> followUps.scheduledAll(scheduled), each);
                } else {
                    records.applyEach(each);
                }
            });
            records.rethrowFailure();
        };
    }

    @Bean
    Consumer<Message<byte[]>> newcomerErased(FollowUpTimers followUps) {
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(
                        event -> {
                            if (event instanceof NewcomerErased erased) {
                                followUps.erased(erased);
                            }
                        },
                        () -> skipped(message.getHeaders()));
    }

    /** Hands every record of a known type to the handler, in order; one of an unknown type is skipped. */
    private Consumer<Message<List<byte[]>>> eachOfPoll(TimerStore timers, Consumer<WegwijsEvent> handler) {
        return batch -> {
            BatchRecords<WegwijsEvent> records = read(batch);
            timers.inOnePoll(() -> records.applyEach(handler));
            records.rethrowFailure();
        };
    }

    private BatchRecords<WegwijsEvent> read(Message<List<byte[]>> batch) {
        return BatchRecords.read(batch, (headers, payload) -> {
            var event = reader.readRecord(headers, payload);
            if (event.isEmpty()) {
                skipped(headers);
            }
            return event;
        });
    }

    private static void skipped(Map<String, ?> headers) {
        log.debug("Skipped a record of unknown type {}", CloudEventHeaders.type(headers));
    }
}
