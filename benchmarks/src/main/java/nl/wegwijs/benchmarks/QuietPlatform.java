package nl.wegwijs.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group of the platform has handled every record on its topics: what one measurement set
 * off (the escalations of an SLA tick, the backlog of a load) is done before the next is timed, as it would be
 * between ticks a minute apart.
 */
final class QuietPlatform implements AutoCloseable {

    private final Admin admin;

    QuietPlatform(WegwijsPlatform platform) {
        this.admin = Admin.create(platform.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties());
    }

    /** Returns once no group has records left to handle; fails after {@code timeout}. */
    void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag;
        while ((lag = lag()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "After " + timeout + " the consumer groups still had " + lag + " records to handle");
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    /** Records on the groups' partitions after what each group has committed, summed over all groups. */
    long lag() {
        try {
            Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
            admin.listConsumerGroups().all().get().stream()
                    .filter(QuietPlatform::isPlatformConsumer)
                    .map(ConsumerGroupListing::groupId)
                    .forEach(group -> groups.put(group, new ListConsumerGroupOffsetsSpec()));
            List<Map.Entry<TopicPartition, OffsetAndMetadata>> committed =
                    admin.listConsumerGroupOffsets(groups).all().get().values().stream()
                            .flatMap(offsets -> offsets.entrySet().stream())
                            .filter(offset -> offset.getValue() != null)
                            .toList();
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            committed.forEach(offset -> partitions.put(offset.getKey(), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends =
                    admin.listOffsets(partitions).all().get();
            return committed.stream()
                    .mapToLong(offset -> ends.get(offset.getKey()).offset()
                            - offset.getValue().offset())
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not describe the consumer groups", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A group with members that is not one of the benchmarks' own readers: a group nobody consumes in (a partner's
     * that is not connected, a benchmark's that is done) falls behind for good.
     */
    private static boolean isPlatformConsumer(ConsumerGroupListing group) {
        return !group.groupId().startsWith(KafkaPrincipals.OPERATOR)
                && group.groupState()
                        .filter(state -> state != GroupState.EMPTY && state != GroupState.DEAD)
                        .isPresent();
    }

    @Override
    public void close() {
        admin.close();
    }
}
