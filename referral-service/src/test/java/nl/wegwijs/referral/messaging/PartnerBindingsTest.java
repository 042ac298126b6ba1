package nl.wegwijs.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The bindings follow the partner directory: switching a partner to EXTERNAL removes its inbox consumer. */
class PartnerBindingsTest {

    @Test
    void everyPartnerGetsAResponsesBindingAndEveryInboxPartnerAnInboxBindingWithItsOwnGroupAndDeadLetterTopic() {
        MockEnvironment environment = environment("");

        DefaultListableBeanFactory registry = bind(environment);

        assertThat(registry.getBeanDefinitionNames())
                .contains("responsesRsd", "responsesSamenOplopen", "inboxRsd", "inboxSamenOplopen", "inboxCjg");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.inboxSamenOplopen-in-0.destination"))
                .isEqualTo("partner.samen-oplopen.referrals.v1");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.inboxSamenOplopen-in-0.group"))
                .isEqualTo("inbox-samen-oplopen");
        assertThat(environment.getProperty(
                        "spring.cloud.stream.kafka.bindings.inboxSamenOplopen-in-0.consumer.dlq-name"))
                .isEqualTo("partner.samen-oplopen.referrals.v1.inbox-samen-oplopen.dlq");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.responsesCjg-in-0.group"))
                .isEqualTo("referral-service");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.responsesCjg-in-0.consumer.dlq-name"))
                .isEqualTo("partner.cjg.responses.v1.referral-service.dlq");
        assertThat(environment.getProperty(PartnerBindings.FUNCTION_DEFINITION))
                .startsWith("intakeEvents;newcomerErased;responsesRsd;inboxRsd;");
    }

    @Test
    void aPartnerInExternalModeHasNoInboxConsumerButStillItsResponses(@TempDir Path dir) throws IOException {
        Path directory = dir.resolve("partner-directory.json");
        try (InputStream in = PartnerDirectory.class.getResourceAsStream(PartnerDirectory.DEFAULT_RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String cjg = "\"code\": \"CJG\"";
            int at = json.indexOf(cjg);
            String external = json.substring(0, at)
                    + json.substring(at).replaceFirst("\"deliveryMode\": \"INBOX\"", "\"deliveryMode\": \"EXTERNAL\"");
            Files.writeString(directory, external);
        }
        MockEnvironment environment = environment(directory.toString());

        DefaultListableBeanFactory registry = bind(environment);

        assertThat(registry.getBeanDefinitionNames())
                .contains("responsesCjg", "inboxRsd")
                .doesNotContain("inboxCjg");
    }

    private static MockEnvironment environment(String directory) {
        return new MockEnvironment()
                .withProperty(PartnerBindings.FUNCTION_DEFINITION, "intakeEvents;newcomerErased")
                .withProperty("wegwijs.partner-directory", directory);
    }

    private static DefaultListableBeanFactory bind(MockEnvironment environment) {
        PartnerBindings bindings = new PartnerBindings();
        bindings.setEnvironment(environment);
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        bindings.postProcessBeanDefinitionRegistry(registry);
        return registry;
    }
}
