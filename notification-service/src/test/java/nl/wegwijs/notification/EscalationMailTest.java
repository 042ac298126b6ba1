package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.notification.TestSmtp.ReceivedMail;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStatus;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

class EscalationMailTest extends NotificationIntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void levelOneReachesThePartnerContactInOneDutchMail() {
        ReferralStalled event = stalled(PartnerCode.RSD, 1);
        String reference = event.referralId().toString();

        publish(event);

        // GreenMail files a mail just after accepting it, and the record is marked just after that: wait for both.
        await().atMost(BOUND)
                .until(() -> !SMTP.to(contactOf(PartnerCode.RSD), reference).isEmpty()
                        && notificationsOf(event.eventId()).stream()
                                .map(Notification::status)
                                .toList()
                                .equals(List.of(NotificationStatus.SENT)));
        List<ReceivedMail> mails = SMTP.to(contactOf(PartnerCode.RSD), reference);
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.subject())
                .isEqualTo("Verwijzing " + reference
                        + " bij Regionale Sociale Dienst staat stil (niveau 1) in de fase oppakken");
        assertThat(mail.text())
                .contains("Beste collega,")
                .contains("Een verwijzing aan Regionale Sociale Dienst is over de termijn van de fase oppakken.")
                .contains("Referentie: " + reference)
                .contains("Fase: oppakken")
                .contains("Werkdagen over de termijn: 5")
                .contains("Open verwijzingen bij de partner: 37")
                .contains("Termijn: 18 maart 2026")
                .contains("http://localhost:8080/inbox/referrals/" + reference)
                .contains("Met vriendelijke groet,\nWegwijs, Gemeente Zeist")
                .doesNotContain(event.newcomerId().toString());
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/inbox/referrals/" + reference + "\"");
        assertThat(SMTP.to(coordinator(), reference)).isEmpty();
    }

    @Test
    void theSameRecordDeliveredTwiceSendsOneMail() {
        ReferralStalled event = stalled(PartnerCode.SOCIAAL_TEAM, 1);
        byte[] payload = EventJson.write(event);
        FollowUpOverdue marker = followUpOverdue();

        publish(event.aggregateId(), event.type().ceType(), payload);
        publish(event.aggregateId(), event.type().ceType(), payload);
        // One partition, read in order: once the marker's mail is out, both copies have been handled.
        publish(marker);

        await().atMost(BOUND)
                .until(() -> !SMTP.to(intakeOfficer(), marker.newcomerId().toString())
                        .isEmpty());
        assertThat(SMTP.to(
                        contactOf(PartnerCode.SOCIAAL_TEAM), event.referralId().toString()))
                .hasSize(1);
        assertThat(notificationsOf(event.eventId()))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void levelTwoReachesThePartnerContactAndTheCoordinator() {
        ReferralStalled event = stalled(PartnerCode.CJG, 2);
        String reference = event.referralId().toString();

        publish(event);

        await().atMost(BOUND)
                .until(() -> SMTP.to(contactOf(PartnerCode.CJG), reference).size() == 1
                        && SMTP.to(coordinator(), reference).size() == 1);
        ReceivedMail toCoordinator = SMTP.to(coordinator(), reference).get(0);
        assertThat(toCoordinator.subject()).contains("(niveau 2)");
        assertThat(toCoordinator.text())
                .contains("de regisseur van de gemeente ontvangt hem ook")
                .contains("http://localhost:8080/referrals/" + reference);
    }

    @Test
    void twentyLevelOneEscalationsWithinAnHourGiveOneMailAndOneDigestListingAllTwentyWithTheNewestOpenCount() {
        // Monitoring counted 100 open referrals at the first escalation, 119 at the last; they arrive newest first.
        Instant first = clock.instant().minus(Duration.ofMinutes(30));
        List<ReferralStalled> events = IntStream.range(0, 20)
                .map(i -> 19 - i)
                .mapToObj(i -> stalled(PartnerCode.TAALHUIS, 1, 100 + i, first.plus(Duration.ofMinutes(i))))
                .toList();
        String contact = contactOf(PartnerCode.TAALHUIS);

        events.forEach(this::publish);

        await().atMost(BOUND)
                .until(() -> statuses(events).equals(Map.of(NotificationStatus.SENT, 1L, NotificationStatus.HELD, 19L))
                        && mailsAbout(contact, events).size() == 1);
        assertThat(mailsAbout(contact, events).get(0).text()).contains("Open verwijzingen bij de partner: 119");

        clock.advance(Duration.ofMinutes(61));

        await().atMost(BOUND).until(() -> mailsAbout(contact, events).size() == 2);
        ReceivedMail digest = mailsAbout(contact, events).stream()
                .filter(mail -> mail.subject().startsWith("Overzicht"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.subject())
                .isEqualTo("Overzicht: 20 verwijzingen bij Taalhuis staan stil in de fase oppakken");
        events.forEach(
                event -> assertThat(digest.text()).contains(event.referralId().toString()));
        assertThat(digest.text())
                .contains("Open verwijzingen per partner, volgens de laatste telling:\n- Taalhuis: 119\n")
                .doesNotContain("Taalhuis: 100");
        assertThat(statuses(events)).isEqualTo(Map.of(NotificationStatus.SENT, 1L, NotificationStatus.BUNDLED, 19L));
    }

    @Test
    void levelThreeMailsThePartnerAtOnceButReachesTheCoordinatorOnlyInOneDailyDigest() {
        List<ReferralStalled> events =
                List.of(stalled(PartnerCode.RSD, 3), stalled(PartnerCode.CJG, 3), stalled(PartnerCode.RSD, 3));
        List<String> references =
                events.stream().map(e -> e.referralId().toString()).toList();

        events.forEach(this::publish);

        await().atMost(BOUND)
                .until(() -> events.stream()
                        .allMatch(e ->
                                SMTP.to(contactOf(e.partner()), e.referralId().toString())
                                                .size()
                                        == 1));
        List<Notification> agenda = events.stream()
                .map(e -> mongo.findOne(query(where("sourceId").is("agenda:" + e.eventId())), Notification.class))
                .toList();
        assertThat(agenda).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(NotificationStatus.HELD));
        assertThat(events)
                .allSatisfy(event -> assertThat(notificationsOf(event.eventId()))
                        .as("only the partner's contact is mailed at once")
                        .extracting(Notification::recipient)
                        .containsExactly(contactOf(event.partner())));
        references.forEach(
                reference -> assertThat(SMTP.to(coordinator(), reference)).isEmpty());

        clock.advance(
                Duration.between(clock.instant(), agenda.get(0).holdUntil()).plusMinutes(1));

        await().atMost(BOUND)
                .until(() -> !SMTP.to(coordinator(), references.get(0)).isEmpty());
        ReceivedMail digest = SMTP.to(coordinator(), references.get(0)).get(0);
        assertThat(digest.subject())
                .startsWith("Dagoverzicht regie-overleg: ")
                .contains("Regionale Sociale Dienst")
                .contains("Centrum voor Jeugd en Gezin");
        references.forEach(reference -> {
            assertThat(digest.text()).contains(reference);
            assertThat(SMTP.to(coordinator(), reference))
                    .as("one digest, no mail of its own")
                    .hasSize(1);
        });
        assertThat(digest.text()).contains("- Regionale Sociale Dienst: 37\n").contains("Wegwijs, Gemeente Zeist");
    }

    @Test
    void aMalformedEscalationGoesToTheDeadLetterTopicAndTheNextOneIsStillSent() {
        String key = UUID.randomUUID().toString();
        FollowUpOverdue next = followUpOverdue();

        publish(
                key,
                EventType.REFERRAL_STALLED.ceType(),
                "{\"eventId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
        publish(next);

        await().atMost(BOUND)
                .until(() ->
                        !SMTP.to(intakeOfficer(), next.newcomerId().toString()).isEmpty());
        try (Consumer<String, byte[]> dlq = new KafkaConsumer<>(
                KafkaTestUtils.consumerProps(broker.getBrokersAsString(), "dlq-reader-" + key),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            broker.consumeFromAnEmbeddedTopic(dlq, DLQ);
            await().atMost(BOUND).until(() -> {
                for (ConsumerRecord<String, byte[]> record : KafkaTestUtils.getRecords(dlq, Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    private static String intakeOfficer() {
        return DIRECTORY.municipality().intakeOfficerEmail();
    }

    private List<ReceivedMail> mailsAbout(String contact, List<ReferralStalled> events) {
        return SMTP.received().stream()
                .filter(mail -> mail.recipients().contains(contact))
                .filter(mail -> events.stream()
                        .anyMatch(e -> mail.text().contains(e.referralId().toString())))
                .toList();
    }

    private Map<NotificationStatus, Long> statuses(List<ReferralStalled> events) {
        List<String> sources = events.stream().map(e -> e.eventId().toString()).toList();
        return mongo.find(query(where("sourceId").in(sources)), Notification.class).stream()
                .collect(Collectors.groupingBy(Notification::status, Collectors.counting()));
    }
}
