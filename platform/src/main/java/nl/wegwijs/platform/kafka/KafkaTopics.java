package nl.wegwijs.platform.kafka;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the platform's topics on a broker, the embedded one or one given by address; existing topics stay. */
public final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final long ADMIN_TIMEOUT_MS = 30_000;

    private KafkaTopics() {}

    /** Creates the topics that do not exist yet, with the broker's default replication factor. */
    public static void create(String bootstrapServers, Collection<String> names, int partitions) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be >= 1");
        List<NewTopic> topics = new LinkedHashSet<>(names)
                .stream()
                        .map(n -> new NewTopic(n, Optional.of(partitions), Optional.empty()))
                        .toList();
        if (topics.isEmpty()) return;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "wegwijs-platform-topics-" + System.nanoTime()))) {
            for (Map.Entry<String, KafkaFuture<Void>> result :
                    admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    log.info("Created Kafka topic {} ({} partitions)", result.getKey(), partitions);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) continue;
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
        }
    }
}
