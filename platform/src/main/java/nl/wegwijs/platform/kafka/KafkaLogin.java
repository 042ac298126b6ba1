package nl.wegwijs.platform.kafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * How a Kafka client signs in (ADR 18): a principal and its password over SASL, SCRAM-SHA-512 for every principal
 * but the broker's own, which signs in with PLAIN (its password lives in the broker's configuration, not in the
 * cluster metadata, so it works before any SCRAM credential exists).
 *
 * @param trustedCa the PEM file of the CA that signed the broker's certificate: SASL over TLS (SASL_SSL, the compose
 *     stack, docs/adr/0028); {@code null}: SASL without TLS (SASL_PLAINTEXT, the embedded platform)
 */
public record KafkaLogin(String bootstrapServers, String mechanism, String user, String password, Path trustedCa) {

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
        return new KafkaLogin(bootstrapServers, SCRAM, user, password, null);
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
        return new KafkaLogin(bootstrapServers, PLAIN, KafkaPrincipals.BROKER, password, null);
    }

    /** The same login over TLS, trusting the CA in {@code trustedCa} (PEM), or without TLS for {@code null}. */
    public KafkaLogin withTrustedCa(Path trustedCa) {
        return new KafkaLogin(bootstrapServers, mechanism, user, password, trustedCa);
    }

    /**
     * Bootstrap address, protocol, mechanism, JAAS line and trust store, for any Kafka client; a new modifiable map.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol());
        if (trustedCa != null) {
            properties.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
            properties.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, trustedCa.toString());
        }
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

    public String securityProtocol() {
        return trustedCa == null ? "SASL_PLAINTEXT" : "SASL_SSL";
    }

    public String jaasConfig() {
        String module = PLAIN.equals(mechanism)
                ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return module + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaLogin[" + user + "@" + bootstrapServers + " " + mechanism + " " + securityProtocol() + "]";
    }
}
