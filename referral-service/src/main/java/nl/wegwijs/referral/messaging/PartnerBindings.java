package nl.wegwijs.referral.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.DeliveryMode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.referral.inbox.InboxConsumer;
import nl.wegwijs.referral.responses.ResponsesConsumer;
import nl.wegwijs.support.directory.PartnerDirectoryConfiguration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The bindings that follow from the partner directory, so that adding a partner or changing its delivery mode is
 * configuration only. Per partner:
 *
 * <ul>
 *   <li>{@code responses<Code>}: its responses topic, group {@code referral-service};
 *   <li>{@code inbox<Code>}, only in INBOX mode: its referrals topic, group {@code inbox-<slug>}.
 * </ul>
 *
 * One binding per topic rather than a topic pattern or list: the Kafka binder allows no dead-letter topic on a
 * pattern, and on a list only the first topic's errors reach it. Each binding names its dead-letter topic
 * {@code <topic>.<group>.dlq} (ADR 5).
 */
@Component
class PartnerBindings implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String FUNCTION_DEFINITION = "spring.cloud.function.definition";
    static final String SERVICE_GROUP = "referral-service";

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        PartnerDirectory directory = PartnerDirectoryConfiguration.load(
                environment.getProperty(PartnerDirectoryConfiguration.FILE_PROPERTY, ""));
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> functions = new ArrayList<>();
        String configured = environment.getProperty(FUNCTION_DEFINITION, "");
        if (!configured.isBlank()) {
            functions.add(configured);
        }
        BeanFactory beans = (BeanFactory) registry;
        for (Partner partner : directory.partners()) {
            PartnerCode code = partner.code();
            String responses = functionName("responses", code);
            register(registry, responses, ResponsesConsumer.class, () -> ResponsesConsumer.create(code, beans));
            bind(properties, responses, partner.topics().responses(), SERVICE_GROUP);
            functions.add(responses);
            if (partner.deliveryMode() == DeliveryMode.INBOX) {
                String inbox = functionName("inbox", code);
                register(registry, inbox, InboxConsumer.class, () -> InboxConsumer.create(code, beans));
                bind(properties, inbox, partner.topics().referrals(), InboxConsumer.group(code));
                // A consumer per partition: one referral's events stay in order (they share a key), while one
                // delivery waits on its store writes, the next goes on (docs/adr/0033).
                properties.put("spring.cloud.stream.bindings." + inbox + "-in-0.consumer.concurrency", INBOX_CONSUMERS);
                functions.add(inbox);
            }
        }
        properties.put(FUNCTION_DEFINITION, String.join(";", functions));
        environment.getPropertySources().addFirst(new MapPropertySource("partnerBindings", properties));
    }

    /** As many as the partner topics have partitions on the embedded platform and in the compose stack. */
    static final int INBOX_CONSUMERS = 3;

    private static <T> void register(
            BeanDefinitionRegistry registry, String name, Class<T> type, Supplier<T> instance) {
        registry.registerBeanDefinition(name, new RootBeanDefinition(type, instance));
    }

    private static void bind(Map<String, Object> properties, String function, String topic, String group) {
        String binding = function + "-in-0";
        properties.put("spring.cloud.stream.bindings." + binding + ".destination", topic);
        properties.put("spring.cloud.stream.bindings." + binding + ".group", group);
        properties.put(
                "spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name", Topics.dlq(topic, group));
    }

    /** {@code inboxSamenOplopen} for prefix {@code inbox} and SAMEN_OPLOPEN. */
    static String functionName(String prefix, PartnerCode code) {
        StringBuilder name = new StringBuilder(prefix);
        for (String part : code.value().split("_")) {
            if (!part.isEmpty()) {
                name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }
}
