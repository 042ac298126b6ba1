package nl.wegwijs.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * How a Kafka client signs in (ADR 18): a principal and its password over SASL, SCRAM-SHA-512 for every principal
 * but the broker's own, which signs in with PLAIN (its password lives in the broker's configuration, not in the
 * cluster metadata, so it works before any SCRAM credential exists).
 */
public record KafkaLogin(String bootstrapServers, String mechanism, String user, String password) {

    public static final String SCRAM = "SCRAM-SHA-512";
    public static final String PLAIN = "PLAIN";

    public KafkaLogin {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (!SCRAM.equals(mechanism) && !PLAIN.equals(mechanism))
            throw new IllegalArgumentException("mechanism " + mechanism);
        KafkaPrincipals.requireJaasSafe(user);
        KafkaPrincipals.requireJaasSafe(password);
    }

    public static KafkaLogin scram(String bootstrapServers, String user, String password) {
        return new KafkaLogin(bootstrapServers, SCRAM, user, password);
    }

    /** A principal with its development password ({@code <user>-dev-secret}). */
    public static KafkaLogin development(String bootstrapServers, String user) {
        return scram(bootstrapServers, user, KafkaPrincipals.developmentSecret(user));
    }

    /** The broker's own principal, a super user, with its development password. */
    public static KafkaLogin broker(String bootstrapServers) {
        return broker(bootstrapServers, KafkaPrincipals.developmentSecret(KafkaPrincipals.BROKER));
    }

    public static KafkaLogin broker(String bootstrapServers, String password) {
        return new KafkaLogin(bootstrapServers, PLAIN, KafkaPrincipals.BROKER, password);
    }

    /** Bootstrap address, protocol, mechanism and JAAS line, for any Kafka client; a new modifiable map. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        properties.put(SaslConfigs.SASL_MECHANISM, mechanism);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig());
        return properties;
    }

    /** {@link #clientProperties()} with {@code more} added. */
    public Map<String, Object> clientProperties(Map<String, ?> more) {
        Map<String, Object> properties = clientProperties();
        properties.putAll(more);
        return properties;
    }

    public String jaasConfig() {
        String module = PLAIN.equals(mechanism)
                ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return module + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaLogin[" + user + "@" + bootstrapServers + " " + mechanism + "]";
    }
}
