package nl.wegwijs.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

class StopAfterCurrentRecordTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceContainerStopsAfterItsCurrentRecordAndPollsBriefly() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StopAfterCurrentRecord.class))
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
                });
    }
}
