package nl.wegwijs.notification.escalations;

import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code escalations-in-0}: {@code monitoring.escalations.v1}, group {@code notification-service}. Unknown
 * types are skipped (tolerant reader); a malformed record throws, is retried three times and lands in
 * {@code monitoring.escalations.v1.notification-service.dlq}. A failing SMTP server never throws here: the
 * notification is recorded and the retry job sends it later.
 */
@Configuration
class EscalationConsumerConfig {

    private static final Logger log = LoggerFactory.getLogger(EscalationConsumerConfig.class);

    @Bean
    Consumer<Message<byte[]>> escalations(EscalationHandler handler) {
        EventReader reader = new EventReader();
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(
                        event -> {
                            if (event instanceof ReferralStalled stalled) {
                                handler.handle(stalled);
                            } else if (event instanceof FollowUpOverdue overdue) {
                                handler.handle(overdue);
                            }
                        },
                        () -> log.debug("Skipped a record of type {}", CloudEventHeaders.type(message.getHeaders())));
    }
}
