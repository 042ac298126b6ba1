package nl.wegwijs.referral.responses;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.support.erasure.AfterErasure;
import nl.wegwijs.support.kafka.BinderClientSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Erasure reaches the partners' responses topics (docs/adr/0029): a partner writes its responses itself, unsealed, and
 * its free text may name the person. Once applied, a response lives on in the referral's sealed status changes, so
 * after each erasure (at once, and again after the latest, {@link AfterErasure}) every response this service has read
 * and committed is deleted from its topic, up to the group's committed offset. Deleting needs the {@code DELETE} ACL
 * on each responses topic (docs/adr/0018). A broker that refuses is logged: the erasure itself is done.
 */
@Component
public class AppliedResponses implements DisposableBean {

    static final String GROUP = "referral-service";

    private static final Logger log = LoggerFactory.getLogger(AppliedResponses.class);

    private final Environment environment;
    private final AfterErasure runner = new AfterErasure("applied-responses");

    AppliedResponses(Environment environment) {
        this.environment = environment;
    }

    public void afterErasure() {
        runner.run(GROUP, this::deleteApplied);
    }

    void deleteApplied() {
        try (Admin admin = Admin.create(BinderClientSettings.of(environment))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, RecordsToDelete> applied = committed.entrySet().stream()
                    .filter(entry -> entry.getValue() != null
                            && Topics.ALL_PARTNER_RESPONSES
                                    .matcher(entry.getKey().topic())
                                    .matches())
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            entry -> RecordsToDelete.beforeOffset(
                                    entry.getValue().offset())));
            admin.deleteRecords(applied).all().get();
            log.info("Applied partner responses deleted after an erasure ({} partitions)", applied.size());
        } catch (ExecutionException | RuntimeException e) {
            log.warn("Applied partner responses not deleted after an erasure: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        runner.close();
    }
}
