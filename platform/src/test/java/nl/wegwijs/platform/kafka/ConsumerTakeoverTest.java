package nl.wegwijs.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service killed with its process never leaves its consumer groups; when it starts again its new consumers must
 * get the partitions soon, not after Kafka's default 45 s session timeout (ADR 10).
 */
class ConsumerTakeoverTest {

    private static final String TOPIC = "takeover.v1";
    private static final String GROUP = "takeover-service";

    @TempDir
    Path dir;

    @Test
    void aRestartedConsumerGetsTheDeadOnesPartitionsWithinFifteenSeconds() {
        try (EmbeddedKafkaBroker broker =
                new EmbeddedKafkaBroker(dir, "localhost", 0, 0, Duration.ofSeconds(30), Map.of()).start()) {
            KafkaTopics.create(broker.brokerLogin(), List.of(TOPIC), 3);
            KafkaConsumer<String, String> crashed = consumer(broker);
            crashed.subscribe(List.of(TOPIC));
            awaitAssignment(crashed, Duration.ofSeconds(30));
            // As after SIGKILL: the member does not say it leaves.
            crashed.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));

            long start = System.nanoTime();
            try (KafkaConsumer<String, String> restarted = consumer(broker)) {
                restarted.subscribe(List.of(TOPIC));
                Set<TopicPartition> assigned = awaitAssignment(restarted, Duration.ofSeconds(60));
                Duration waited = Duration.ofNanos(System.nanoTime() - start);

                assertThat(assigned).hasSize(3);
                assertThat(waited).isLessThan(Duration.ofSeconds(15));
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker) {
        return new KafkaConsumer<>(broker.brokerLogin()
                .clientProperties(Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        GROUP,
                        ConsumerConfig.GROUP_PROTOCOL_CONFIG,
                        "consumer",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class)));
    }

    /** Polls until all three partitions are assigned to this consumer. */
    private static Set<TopicPartition> awaitAssignment(KafkaConsumer<String, String> consumer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.assignment().size() < 3 && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200));
        }
        return consumer.assignment();
    }
}
