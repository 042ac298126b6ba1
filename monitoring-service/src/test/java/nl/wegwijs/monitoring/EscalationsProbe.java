package nl.wegwijs.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads {@code monitoring.escalations.v1} from the start; every record with its CloudEvents headers. */
public final class EscalationsProbe implements AutoCloseable {

    public record Received(String key, Map<String, String> headers, WegwijsEvent event) {}

    private final Consumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();
    private final EventReader reader = new EventReader();

    public EscalationsProbe(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "probe-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ESCALATIONS));
    }

    /** Waits (bounded) until records matching the filter arrived, and returns them. */
    public List<Received> await(Predicate<Received> filter, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            poll();
            return received.stream().filter(filter).count() >= count;
        });
        return received.stream().filter(filter).toList();
    }

    public List<Received> all(Predicate<Received> filter) {
        poll();
        return received.stream().filter(filter).toList();
    }

    public static Predicate<Received> about(UUID aggregateId) {
        return record -> record.key().equals(aggregateId.toString());
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            reader.read(headers.get(CloudEventHeaders.TYPE), record.value())
                    .ifPresent(event -> received.add(new Received(record.key(), headers, event)));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
