package nl.wegwijs.platform.kafka;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.platform.PlatformSettings;

/**
 * What the platform sets up on a broker before any service starts, signed in as the broker's super user: every
 * principal's SCRAM credential, the ACLs of {@link AclPlan}, and the topics of {@link TopicPlan}. The embedded platform
 * runs it after starting its broker; the compose stack runs {@link #main} once, before the services.
 */
public final class KafkaSetup {

    /** Enough for a few consumers per group; order holds per key (newcomer or referral id). */
    public static final int TOPIC_PARTITIONS = 3;

    private KafkaSetup() {}

    /** @return every principal but the broker's own, with its password */
    public static List<KafkaLogin> apply(KafkaLogin broker, PartnerDirectory directory, Map<String, String> secrets) {
        List<KafkaLogin> principals = KafkaPrincipals.all(directory, broker.bootstrapServers(), secrets);
        KafkaAccess.grant(broker, principals, AclPlan.forDirectory(directory));
        TopicPlan topics = TopicPlan.forDirectory(directory);
        KafkaTopics.create(broker, topics.topics(), TOPIC_PARTITIONS);
        KafkaTopics.createOrGrowDeadLetterTopics(broker, topics.deadLetterTopics(), TOPIC_PARTITIONS);
        return principals;
    }

    /**
     * {@code --wegwijs.platform.kafka-bootstrap-servers=kafka:9092} (or {@code WEGWIJS_PLATFORM_KAFKA_BOOTSTRAP_SERVERS}),
     * over TLS with {@code --wegwijs.platform.kafka-trusted-ca=/certs/ca.pem}, with the passwords and partner
     * directory of {@link PlatformSettings}.
     */
    public static void main(String[] args) {
        PlatformSettings settings = PlatformSettings.from(args);
        if (settings.embeddedKafka())
            throw new IllegalArgumentException("Set wegwijs.platform.kafka-bootstrap-servers to the broker to set up");
        String brokerPassword = KafkaPrincipals.secret(KafkaPrincipals.BROKER, settings.kafkaSecrets());
        apply(
                KafkaLogin.broker(settings.kafkaBootstrapServers(), brokerPassword)
                        .withTrustedCa(settings.kafkaTrustedCa().isBlank() ? null : Path.of(settings.kafkaTrustedCa())),
                settings.loadPartnerDirectory(),
                settings.kafkaSecrets());
    }
}
