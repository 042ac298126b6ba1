package nl.wegwijs.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

class StopAfterCurrentRecordTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceContainerStopsAfterItsCurrentRecordAndPollsBriefly() {
        new ApplicationContextRunner()
                .withUserConfiguration(StopAfterCurrentRecord.class)
                .run(context -> {
                    var customizer = context.getBean(ListenerContainerCustomizer.class);
                    ContainerProperties properties = new ContainerProperties("intake.newcomer-profiled.v1");
                    properties.setMessageListener((MessageListener<String, String>) record -> {});
                    var container = new KafkaMessageListenerContainer<>(
                            new DefaultKafkaConsumerFactory<>(Map.of()), properties);
                    assertThat(container.getContainerProperties().isStopImmediate())
                            .isFalse();

                    ((ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>>) customizer)
                            .configure(container, "intake.newcomer-profiled.v1", "referral-service");

                    assertThat(container.getContainerProperties().isStopImmediate())
                            .isTrue();
                    assertThat(container.getContainerProperties().getPollTimeout())
                            .isEqualTo(1_000);
                    assertThat(container.getContainerProperties().getKafkaConsumerProperties())
                            .as("a fetch waits at the broker for nearly the whole poll")
                            .containsEntry("fetch.max.wait.ms", "900");
                });
    }

    @Test
    void aBatchBindingDeadLettersTheRecordItNamesAndARecordBindingKeepsTheBindersRetries() {
        new ApplicationContextRunner()
                .withUserConfiguration(StopAfterCurrentRecord.class)
                .run(context -> {
                    var customizer = (ListenerContainerWithDlqAndRetryCustomizer)
                            context.getBean(ListenerContainerCustomizer.class);
                    KafkaConsumerProperties kafka = new KafkaConsumerProperties();
                    kafka.setDlqName("referral.status-changed.v1.intake-service.dlq");
                    var batch = new ExtendedConsumerProperties<>(kafka);
                    batch.setBatchMode(true);
                    var container = container();

                    customizer.configure(container, "referral.status-changed.v1", "intake-service", null, null, batch);

                    assertThat(container.getCommonErrorHandler()).isInstanceOf(DefaultErrorHandler.class);
                    assertThat(container.getContainerProperties().isStopImmediate())
                            .isTrue();
                    assertThat(customizer.retryAndDlqInBinding("intake.newcomer-profiled.v1", "referral-service"))
                            .isTrue();
                    assertThat(container.getContainerProperties().getKafkaConsumerProperties())
                            .containsEntry("fetch.max.wait.ms", "900");

                    KafkaConsumerProperties window = new KafkaConsumerProperties();
                    window.setConfiguration(Map.of("fetch.min.bytes", "65536", "fetch.max.wait.ms", "50"));
                    var windowed = container();
                    customizer.configure(
                            windowed,
                            "referral.status-changed.v1",
                            "intake-service",
                            null,
                            null,
                            new ExtendedConsumerProperties<>(window));
                    assertThat(windowed.getContainerProperties().getKafkaConsumerProperties())
                            .as("a binding's own window for more records stays")
                            .doesNotContainKey("fetch.max.wait.ms");

                    var record = container();
                    customizer.configure(
                            record,
                            "intake.newcomer-profiled.v1",
                            "referral-service",
                            null,
                            null,
                            new ExtendedConsumerProperties<>(kafka));
                    assertThat(record.getCommonErrorHandler()).isNull();
                });
    }

    @SuppressWarnings("unchecked")
    private static KafkaMessageListenerContainer<String, String> container() {
        ContainerProperties properties = new ContainerProperties("referral.status-changed.v1");
        properties.setMessageListener((MessageListener<String, String>) record -> {});
        return new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()), properties);
    }
}
