package nl.wegwijs.benchmarks.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The escalations monitoring published: each must become a notification, whatever the crashes in between. */
final class EscalationRecords {

    private EscalationRecords() {}

    /** The event id of every record on the escalation topic, read from the beginning to the current end. */
    static Set<String> eventIds(String bootstrapServers) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(KafkaLogin.development(bootstrapServers, KafkaPrincipals.OPERATOR)
                        .clientProperties(Map.of(
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ESCALATIONS).stream()
                    .map(p -> new TopicPartition(Topics.ESCALATIONS, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<String> ids = new HashSet<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (id != null) {
                        ids.add(new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return ids;
        }
    }
}
