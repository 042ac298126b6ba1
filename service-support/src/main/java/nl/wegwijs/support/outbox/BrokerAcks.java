package nl.wegwijs.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.contracts.CloudEventHeaders;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessagingException;

/**
 * Turns the Kafka binder's asynchronous send results into one future per event: every producer handler reports each
 * acknowledged record to a success channel and each refused one to a failure channel, correlated by the event id in
 * the {@code ce_id} header. A result that never comes fails the future after {@code timeout}.
 */
final class BrokerAcks implements ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> {

    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final Duration timeout;

    BrokerAcks(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void configure(KafkaProducerMessageHandler<?, ?> handler, String destinationName) {
        handler.setSendSuccessChannel(channel(message -> complete(message, null)));
        handler.setSendFailureChannel(channel(error -> {
            if (error.getPayload() instanceof MessagingException failure && failure.getFailedMessage() != null) {
                complete(failure.getFailedMessage(), failure);
            }
        }));
    }

    /** The future of an event about to be sent; it completes once the broker has answered. */
    CompletableFuture<Void> expect(String eventId) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        waiting.put(eventId, ack);
        ack.whenComplete((ok, e) -> waiting.remove(eventId, ack));
        return ack.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The send failed before it reached the producer. */
    void refused(String eventId, Throwable cause) {
        CompletableFuture<Void> ack = waiting.get(eventId);
        if (ack != null) {
            ack.completeExceptionally(cause);
        }
    }

    private void complete(Message<?> message, Throwable failure) {
        String eventId = text(message.getHeaders().get(CloudEventHeaders.ID));
        CompletableFuture<Void> ack = eventId == null ? null : waiting.get(eventId);
        if (ack == null) {
            return;
        }
        if (failure == null) {
            ack.complete(null);
        } else {
            ack.completeExceptionally(failure);
        }
    }

    private static String text(Object header) {
        return header instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8)
                : header == null ? null : header.toString();
    }

    private static MessageChannel channel(java.util.function.Consumer<Message<?>> receiver) {
        return (message, timeout) -> {
            receiver.accept(message);
            return true;
        };
    }
}
