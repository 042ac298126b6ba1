package nl.wegwijs.platform;

import java.util.List;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same route against the images of the compose stack: {@code apache/kafka} in KRaft mode and {@code mongo} as a
 * single-node replica set. Skipped where no Docker engine runs; {@link ReferralRouteEndToEndTest} proves the same
 * behaviour on the embedded broker and store.
 */
@Testcontainers(disabledWithoutDocker = true)
class ReferralRouteContainersTest extends ReferralRoute {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    List<String> infrastructure() {
        return List.of(
                "--wegwijs.platform.kafka-bootstrap-servers=" + KAFKA.getBootstrapServers(),
                "--wegwijs.platform.mongodb-uri=" + MONGO.getReplicaSetUrl());
    }
}
