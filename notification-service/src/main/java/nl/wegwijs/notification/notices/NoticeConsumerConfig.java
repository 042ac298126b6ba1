package nl.wegwijs.notification.notices;

import java.util.function.Consumer;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.support.keys.RemoteNewcomerKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Bindings {@code newcomerNotices-in-0} ({@code intake.newcomer-notice-requested.v1}) and {@code newcomerErased-in-0}
 * ({@code intake.newcomer-erased.v1}), group {@code notification-service}, as for escalations (ADR 5): unknown types
 * are skipped, a malformed record goes to the group's dead-letter topic after three tries, and a failing send is
 * recorded for the retry job, never thrown.
 */
@Configuration
class NoticeConsumerConfig {

    private static final Logger log = LoggerFactory.getLogger(NoticeConsumerConfig.class);

    private final EventReader reader;
    private final ObjectProvider<RemoteNewcomerKeys> keys;

    /**
     * With newcomer keys from the intake service (docs/adr/0025-crypto-shredding.md), the address is opened with the
     * newcomer's key, and a notice of an erased newcomer is skipped.
     */
    NoticeConsumerConfig(ObjectProvider<RemoteNewcomerKeys> keys) {
        this.keys = keys;
        RemoteNewcomerKeys remote = keys.getIfAvailable();
        this.reader = remote == null ? new EventReader() : new EventReader(remote);
    }

    @Bean
    Consumer<Message<byte[]>> newcomerNotices(NoticeHandler handler) {
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(
                        event -> {
                            if (event instanceof NewcomerNoticeRequested request) {
                                handler.handle(request);
                            }
                        },
                        () -> skipped(message));
    }

    @Bean
    Consumer<Message<byte[]>> newcomerErased(NoticeHandler handler) {
        return message -> reader.readRecord(message.getHeaders(), message.getPayload())
                .ifPresentOrElse(
                        event -> {
                            if (event instanceof NewcomerErased erased) {
                                keys.ifAvailable(held -> held.forget(erased.newcomerId()));
                                handler.handle(erased);
                            }
                        },
                        () -> skipped(message));
    }

    private static void skipped(Message<byte[]> message) {
        log.debug(
                "Skipped a record of type {}: unknown, or of an erased newcomer",
                CloudEventHeaders.type(message.getHeaders()));
    }
}
