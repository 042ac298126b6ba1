package nl.wegwijs.platform.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the platform's topics on a broker, the embedded one or one given by address; existing topics stay, and get
 * the retention below.
 */
public final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final long ADMIN_TIMEOUT_MS = 30_000;

    /** How long every topic keeps a record after the broker appended it (docs/adr/0027). */
    public static final Duration RETENTION = Duration.ofDays(30);

    /**
     * Retention counts from when the broker appended a record, not from the time its producer gave it: the pilot
     * replay and a resent outbox event carry older times, and would otherwise be deleted as soon as they arrive.
     * Not compacted: every topic carries events, facts in order, not the latest state of a key.
     */
    static final Map<String, String> CONFIGS = Map.of(
            TopicConfig.RETENTION_MS_CONFIG,
            Long.toString(RETENTION.toMillis()),
            TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
            "LogAppendTime",
            TopicConfig.CLEANUP_POLICY_CONFIG,
            TopicConfig.CLEANUP_POLICY_DELETE);

    private KafkaTopics() {}

    /**
     * Creates the dead-letter topics that do not exist yet, and grows those an older version created with fewer
     * partitions. A dead letter keeps its source record's partition, so a dead-letter topic with fewer partitions
     * than its source could not take the poison records of the others (and the consumer then dropped them). Only
     * dead-letter topics are grown: more partitions on a keyed topic would move keys and break their order.
     */
    public static void createOrGrowDeadLetterTopics(KafkaLogin login, Collection<String> names, int partitions) {
        String bootstrapServers = login.bootstrapServers();
        Set<String> existing = create(login, names, partitions);
        if (existing.isEmpty()) return;
        try (Admin admin = admin(login)) {
            Map<String, NewPartitions> grow = new LinkedHashMap<>();
            admin
                    .describeTopics(existing)
                    .allTopicNames()
                    .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .values()
                    .stream()
                    .filter(topic -> topic.partitions().size() < partitions)
                    .forEach(topic -> grow.put(topic.name(), NewPartitions.increaseTo(partitions)));
            if (grow.isEmpty()) return;
            admin.createPartitions(grow).all().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            log.info("Grew dead-letter topics {} to {} partitions", grow.keySet(), partitions);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot grow the dead-letter topics on " + bootstrapServers + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while growing the dead-letter topics", e);
        }
    }

    private static Admin admin(KafkaLogin login) {
        return Admin.create(login.clientProperties(
                Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "wegwijs-platform-topics-" + System.nanoTime())));
    }

    /**
     * Creates the topics that do not exist yet, with the broker's default replication factor.
     *
     * @return the names of those that existed already
     */
    public static Set<String> create(KafkaLogin login, Collection<String> names, int partitions) {
        String bootstrapServers = login.bootstrapServers();
        if (partitions < 1) throw new IllegalArgumentException("partitions must be >= 1");
        List<NewTopic> topics = new LinkedHashSet<>(names)
                .stream()
                        .map(n -> new NewTopic(n, Optional.of(partitions), Optional.empty()).configs(CONFIGS))
                        .toList();
        Set<String> existing = new LinkedHashSet<>();
        if (topics.isEmpty()) return existing;
        try (Admin admin = admin(login)) {
            for (Map.Entry<String, KafkaFuture<Void>> result :
                    admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    log.info("Created Kafka topic {} ({} partitions)", result.getKey(), partitions);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) {
                        existing.add(result.getKey());
                        continue;
                    }
                    throw new IllegalStateException(
                            "Cannot create Kafka topic " + result.getKey() + " on " + bootstrapServers + ": "
                                    + e.getCause(),
                            e.getCause());
                } catch (TimeoutException | InterruptedException e) {
                    if (e instanceof InterruptedException)
                        Thread.currentThread().interrupt();
                    throw new IllegalStateException(
                            "Creating Kafka topic " + result.getKey() + " on " + bootstrapServers
                                    + " did not complete: " + e,
                            e);
                }
            }
            retain(admin, existing);
        }
        return existing;
    }

    /** Topics an older version made without a retention get it now. */
    private static void retain(Admin admin, Set<String> topics) {
        if (topics.isEmpty()) return;
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        List<AlterConfigOp> set = CONFIGS.entrySet().stream()
                .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        topics.forEach(topic -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), set));
        try {
            admin.incrementalAlterConfigs(changes).all().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot set the retention of " + topics + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the retention of " + topics, e);
        }
    }
}
