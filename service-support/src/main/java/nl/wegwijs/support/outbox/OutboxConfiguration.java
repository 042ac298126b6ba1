package nl.wegwijs.support.outbox;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox of a service: import it and declare the {@link OutboxCollection} whose documents keep the events.
 *
 * <ul>
 *   <li>{@code wegwijs.outbox.sweep-enabled}: false for a service whose own work leads it to what is pending;
 *   <li>{@code wegwijs.outbox.sweep-interval}: the last-resort sweep (default 10 minutes);
 *   <li>{@code wegwijs.outbox.retry-delay}: the sweep after a refused send (default 10 seconds);
 *   <li>{@code wegwijs.outbox.ack-timeout}: how long an event waits for the broker's answer (default 150 s:
 *       longer than the producer's own delivery timeout, 120 s by default, so a late record is not sent again).
 * </ul>
 *
 * <p>A {@link PayloadSealer} bean, when the service declares one, seals each event as it is sent.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    /**
     * Closed after the relay has stopped, which flushes what the producer still holds. An event whose answer comes
     * after the relay stopped stays in its document and goes again at the next start (at least once, ADR 5).
     */
    @Bean(destroyMethod = "close")
    EventProducer outboxProducer(
            Environment environment,
            ObjectProvider<PayloadSealer> sealer,
            @Value("${wegwijs.outbox.ack-timeout:PT150S}") Duration timeout) {
        return new EventProducer(environment, sealer.getIfAvailable(() -> PayloadSealer.PLAIN), timeout);
    }

    @Bean(destroyMethod = "stop")
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            EventProducer producer,
            OutboxCollection collection,
            ApplicationEventPublisher events) {
        return new OutboxRelay(mongo, producer, collection, events);
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnProperty(name = "wegwijs.outbox.sweep-enabled", havingValue = "true", matchIfMissing = true)
    OutboxSweep outboxSweep(
            MongoTemplate mongo,
            OutboxRelay relay,
            OutboxCollection collection,
            @Value("${wegwijs.outbox.sweep-interval:PT10M}") Duration interval,
            @Value("${wegwijs.outbox.retry-delay:PT10S}") Duration retryDelay) {
        return new OutboxSweep(mongo, relay, collection, interval, retryDelay);
    }
}
