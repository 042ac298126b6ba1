package nl.wegwijs.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.client.ApiClient;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** What the benchmarks read from outside: records on the broker and RECEIVED transitions the monitoring recorded. */
final class PipelineProbe {

    private static final String COUNT_PREFIX = "wegwijs_pipeline_latency_seconds_count{";
    private static final String RECEIVED_STAGE = "stage=\"issued-to-received\"";

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
        long total = 0;
        for (int at = scrape.indexOf(COUNT_PREFIX); at >= 0; at = scrape.indexOf(COUNT_PREFIX, at + 1)) {
            int end = scrape.indexOf('\n', at);
            String line = scrape.substring(at, end < 0 ? scrape.length() : end);
            if (line.contains(RECEIVED_STAGE)) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
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
                Admin.create(platform.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties())) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(topic -> !topic.startsWith("bench."))
                    .toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
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
            TimeUnit.MILLISECONDS.sleep(250); // each look costs the monitoring service a scrape
        }
    }
}
