package nl.wegwijs.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.client.ApiClient;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** What the benchmarks read from outside: records on the broker and RECEIVED transitions the monitoring recorded. */
final class PipelineProbe {

    private static final Pattern RECEIVED_COUNT = Pattern.compile(
            "^wegwijs_pipeline_latency_seconds_count\\{[^}]*stage=\"issued-to-received\"[^}]*} ([0-9.E]+)$",
            Pattern.MULTILINE);

    private final WegwijsPlatform platform;
    private final ApiClient client;

    PipelineProbe(WegwijsPlatform platform) {
        this.platform = platform;
        this.client = new ApiClient(platform);
    }

    /** RECEIVED transitions the monitoring service has recorded, from its Prometheus endpoint. */
    long receivedRecorded() {
        String scrape = client.get(platform.serviceUrl(Service.MONITORING) + "/actuator/prometheus", "prometheus")
                .expect(200, "The monitoring service's /actuator/prometheus")
                .body();
        Matcher matcher = RECEIVED_COUNT.matcher(scrape);
        long total = 0;
        while (matcher.find()) {
            total += (long) Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    /** Waits until the monitoring service has recorded at least {@code target} RECEIVED transitions. */
    void awaitReceived(long target, Duration timeout) throws InterruptedException {
        await(this::receivedRecorded, target, timeout, "RECEIVED transitions recorded by the monitoring service");
    }

    /** Records on every platform topic (the benchmarks' own topics left out), summed over partitions. */
    long platformRecords() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(topic -> !topic.startsWith("bench."))
                    .toList();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get()
                    .values()
                    .forEach(description -> description
                            .partitions()
                            .forEach(partition -> latest.put(
                                    new TopicPartition(description.name(), partition.partition()),
                                    OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        }
    }

    static void await(LongSupplier value, long target, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen;
        while ((seen = value.getAsLong()) < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout + " for " + target + " " + what + "; saw " + seen);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
