package nl.wegwijs.monitoring.events;

import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.monitoring.sla.FollowUpTimers;
import nl.wegwijs.monitoring.timeline.TimelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The topics this service reads (ADR 5): a tolerant reader skips unknown types; a malformed record of a known type
 * throws, is retried and goes to the binding's dead-letter topic.
 */
@Configuration
class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    private final EventReader reader = new EventReader();

    @Bean
    Consumer<Message<byte[]>> referralStatusChanged(TimelineService timelines) {
        return each(event -> {
            if (event instanceof ReferralStatusChanged changed) {
                timelines.record(changed);
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> followUps(FollowUpTimers followUps) {
        return each(event -> {
            if (event instanceof FollowUpScheduled scheduled) {
                followUps.scheduled(scheduled);
            } else if (event instanceof FollowUpHeld held) {
                followUps.held(held);
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> newcomerErased(FollowUpTimers followUps) {
        return each(event -> {
            if (event instanceof NewcomerErased erased) {
                followUps.erased(erased);
            }
        });
    }

    /** Hands every record of a known type to the handler; one of an unknown type is skipped. */
    private Consumer<Message<byte[]>> each(Consumer<WegwijsEvent> handler) {
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(handler, () -> skipped(message));
    }

    private static void skipped(Message<byte[]> message) {
        log.debug("Skipped a record of unknown type {}", CloudEventHeaders.type(message.getHeaders()));
    }
}
