package nl.wegwijs.platform;

import java.util.List;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same route against the images of the compose stack: {@code apache/kafka} in KRaft mode and {@code mongo} as a
 * single-node replica set. Skipped where no Docker engine runs; {@link ReferralRouteEndToEndTest} proves the same
 * behaviour on the embedded broker and store. The broker is secured as in the compose stack (ADR 18): SASL on every
 * listener, PLAIN for its own super user only, SCRAM-SHA-512 for everyone else, the StandardAuthorizer.
 */
@Testcontainers(disabledWithoutDocker = true)
class ReferralRouteContainersTest extends ReferralRoute {

    @Container
    static final KafkaContainer KAFKA = secured(new KafkaContainer("apache/kafka:4.1.1"));

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    /** Testcontainers names the mapped listener PLAINTEXT, the inter-broker one BROKER; all three take SASL. */
    private static KafkaContainer secured(KafkaContainer kafka) {
        String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required;";
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"wegwijs-broker\""
                + " password=\"wegwijs-broker-dev-secret\" user_wegwijs-broker=\"wegwijs-broker-dev-secret\";";
        kafka.withEnv(
                        "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                        "PLAINTEXT:SASL_PLAINTEXT,BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
                .withEnv("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "PLAIN")
                .withEnv("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN")
                .withEnv("KAFKA_LISTENER_NAME_PLAINTEXT_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512,PLAIN")
                .withEnv("KAFKA_LISTENER_NAME_PLAINTEXT_SCRAM___SHA___512_SASL_JAAS_CONFIG", scram)
                .withEnv("KAFKA_LISTENER_NAME_PLAINTEXT_PLAIN_SASL_JAAS_CONFIG", plain)
                .withEnv("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .withEnv("KAFKA_SUPER_USERS", "User:wegwijs-broker");
        for (String listener : List.of("BROKER", "CONTROLLER")) {
            kafka.withEnv("KAFKA_LISTENER_NAME_" + listener + "_SASL_ENABLED_MECHANISMS", "PLAIN")
                    .withEnv("KAFKA_LISTENER_NAME_" + listener + "_PLAIN_SASL_JAAS_CONFIG", plain);
        }
        return kafka;
    }

    @Override
    List<String> infrastructure() {
        return List.of(
                "--wegwijs.platform.kafka-bootstrap-servers=" + KAFKA.getBootstrapServers(),
                "--wegwijs.platform.mongodb-uri=" + MONGO.getReplicaSetUrl());
    }
}
