package nl.wegwijs.support.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * The settings of a Kafka client a service makes itself, beside the binder's own: the binder's brokers and its
 * {@code configuration} (the service's principal, security protocol and interceptors), so it signs in as the service.
 */
public final class BinderClientSettings {

    static final String BINDER = "spring.cloud.stream.kafka.binder";

    private BinderClientSettings() {}

    /**
     * A producer of raw bytes with the binder's producer settings, signed in as the service: for the records a service
     * sends itself (the outbox's events, batch dead letters). Whoever makes it destroys it.
     */
    public static DefaultKafkaProducerFactory<byte[], byte[]> bytesProducers(Environment environment) {
        return new DefaultKafkaProducerFactory<>(
                of(environment, "producer-properties"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A new modifiable map; {@code extra} names a further binder map to add, such as {@code producer-properties}. */
    public static Map<String, Object> of(Environment environment, String... extra) {
        Binder binder = Binder.get(environment);
        Bindable<Map<String, String>> settings = Bindable.mapOf(String.class, String.class);
        Map<String, Object> configuration = new HashMap<>();
        configuration.putAll(binder.bind(BINDER + ".configuration", settings).orElse(Map.of()));
        for (String more : extra) {
            configuration.putAll(binder.bind(BINDER + "." + more, settings).orElse(Map.of()));
        }
        configuration.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                environment.getProperty(BINDER + ".brokers", "localhost:9092"));
        return configuration;
    }
}
