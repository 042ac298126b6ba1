package nl.wegwijs.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker with the platform's principals and ACLs (ADR 18): each principal reaches what the table allows
 * it and the broker refuses it everything else; a client without credentials gets nothing at all.
 */
class KafkaAclTest {

    private static final String RSD_REFERRALS = "partner.rsd.referrals.v1";
    private static final String RSD_RESPONSES = "partner.rsd.responses.v1";
    private static final String CJG_REFERRALS = "partner.cjg.referrals.v1";
    private static final String CJG_RESPONSES = "partner.cjg.responses.v1";

    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBrokerWithThePlatformsAccess() {
        broker = new EmbeddedKafkaBroker(dir, "localhost", 0, 0, Duration.ofSeconds(60), Map.of()).start();
        PartnerDirectory directory = PartnerDirectory.loadDefault();
        KafkaAccess.grant(
                broker.brokerLogin(),
                KafkaPrincipals.all(directory, broker.bootstrapServers(), Map.of()),
                AclPlan.forDirectory(directory));
        TopicPlan topics = TopicPlan.forDirectory(directory);
        KafkaTopics.create(broker.brokerLogin(), topics.topics(), 1);
        KafkaTopics.create(broker.brokerLogin(), topics.deadLetterTopics(), 1);
    }

    @AfterAll
    static void stop() {
        if (broker != null) broker.close();
    }

    @Test
    void aPartnerReadsItsOwnReferralsInAGroupNamedAfterIt() throws Exception {
        send(login(KafkaPrincipals.REFERRAL), RSD_REFERRALS, "for-rsd");

        try (KafkaConsumer<String, String> rsd = consumer(login("partner-rsd"), "rsd-case-system")) {
            rsd.subscribe(List.of(RSD_REFERRALS));
            assertThat(firstValue(rsd)).isEqualTo("for-rsd");
        }
    }

    @Test
    void aPartnerIsRefusedAnotherPartnersTopicAndTheIntakeTopics() {
        for (String topic : List.of(CJG_REFERRALS, CJG_RESPONSES, Topics.NEWCOMER_PROFILED, Topics.FOLLOW_UPS)) {
            try (KafkaConsumer<String, String> rsd = consumer(login("partner-rsd"), null)) {
                rsd.assign(List.of(new TopicPartition(topic, 0)));
                rsd.seekToBeginning(rsd.assignment());

                assertThatThrownBy(() -> firstValue(rsd)).as(topic).isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void aPartnerCannotJoinThePlatformsInboxGroupOrAnotherPartnersGroup() {
        for (String group : List.of("inbox-rsd", "cjg-case-system", "referral-service")) {
            try (KafkaConsumer<String, String> rsd = consumer(login("partner-rsd"), group)) {
                rsd.subscribe(List.of(RSD_REFERRALS));

                assertThatThrownBy(() -> firstValue(rsd)).as(group).isInstanceOf(GroupAuthorizationException.class);
            }
        }
    }

    @Test
    void aPartnerWritesItsOwnResponsesOnlyNotAnotherPartnersNorItsReferrals() throws Exception {
        KafkaLogin rsd = login("partner-rsd");
        send(rsd, RSD_RESPONSES, "rsd answers");

        for (String topic : List.of(CJG_RESPONSES, RSD_REFERRALS, Topics.NEWCOMER_PROFILED)) {
            assertThatThrownBy(() -> send(rsd, topic, "forged"))
                    .as(topic)
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceWritesOnlyTheTopicsItOwns() throws Exception {
        send(login(KafkaPrincipals.INTAKE), Topics.NEWCOMER_PROFILED, "profiled");
        send(login(KafkaPrincipals.MONITORING), Topics.ESCALATIONS, "stalled");
        send(login(KafkaPrincipals.REFERRAL), Topics.REFERRAL_STATUS_CHANGED, "changed");

        Map<String, String> forgeries = Map.of(
                KafkaPrincipals.NOTIFICATION,
                Topics.ESCALATIONS,
                KafkaPrincipals.REFERRAL,
                Topics.NEWCOMER_ERASED,
                KafkaPrincipals.MONITORING,
                RSD_RESPONSES,
                KafkaPrincipals.INTAKE,
                RSD_REFERRALS);
        forgeries.forEach((user, topic) -> assertThatThrownBy(() -> send(login(user), topic, "forged"))
                .as(user + " on " + topic)
                .hasRootCauseInstanceOf(TopicAuthorizationException.class));
    }

    @Test
    void onlyTheNotificationServiceReadsTheNoticesToNewcomersWhichOnlyIntakeWrites() throws Exception {
        send(login(KafkaPrincipals.INTAKE), Topics.NEWCOMER_NOTICES, "notice");
        try (KafkaConsumer<String, String> notification =
                consumer(login(KafkaPrincipals.NOTIFICATION), "notification-service")) {
            notification.subscribe(List.of(Topics.NEWCOMER_NOTICES));
            assertThat(firstValue(notification)).isEqualTo("notice");
        }
        for (String user : List.of(KafkaPrincipals.REFERRAL, "partner-rsd")) {
            try (KafkaConsumer<String, String> other = consumer(login(user), null)) {
                other.assign(List.of(new TopicPartition(Topics.NEWCOMER_NOTICES, 0)));
                other.seekToBeginning(other.assignment());
                assertThatThrownBy(() -> firstValue(other)).as(user).isInstanceOf(TopicAuthorizationException.class);
            }
        }
        assertThatThrownBy(() -> send(login(KafkaPrincipals.NOTIFICATION), Topics.NEWCOMER_NOTICES, "forged"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theOperatorReadsEveryTopicButWritesNone() throws Exception {
        KafkaLogin operator = login(KafkaPrincipals.OPERATOR);
        try (Admin admin = Admin.create(operator.clientProperties())) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .containsAll(TopicPlan.forDirectory(PartnerDirectory.loadDefault())
                            .topics());
        }
        send(login(KafkaPrincipals.INTAKE), Topics.FOLLOW_UPS, "follow-up");
        try (KafkaConsumer<String, String> consumer = consumer(operator, "wegwijs-admin-support")) {
            consumer.subscribe(List.of(Topics.FOLLOW_UPS));
            assertThat(firstValue(consumer)).isEqualTo("follow-up");
        }

        assertThatThrownBy(() -> send(operator, Topics.FOLLOW_UPS, "forged"))
                .hasRootCauseInstanceOf(AuthorizationException.class);
    }

    @Test
    void aClientWithoutCredentialsGetsNothing() throws Exception {
        try (Admin anonymous = Admin.create(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                "PLAINTEXT"))) {
            assertThatThrownBy(() -> anonymous
                            .listTopics(new ListTopicsOptions().timeoutMs(3000))
                            .names()
                            .get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        KafkaLogin forged = KafkaLogin.scram(broker.bootstrapServers(), "partner-rsd", "guessed");
        try (Admin admin = Admin.create(forged.clientProperties())) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static KafkaLogin login(String user) {
        return KafkaLogin.development(broker.bootstrapServers(), user);
    }

    private static void send(KafkaLogin login, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(login.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class)))) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(15, TimeUnit.SECONDS);
        }
    }

    private static KafkaConsumer<String, String> consumer(KafkaLogin login, String group) {
        Map<String, Object> config = login.clientProperties(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        if (group != null) config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return new KafkaConsumer<>(config);
    }

    /** The first record's value; a refusal is thrown by poll. */
    private static String firstValue(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                return record.value();
            }
        }
        throw new AssertionError("No record within 30 s");
    }
}
