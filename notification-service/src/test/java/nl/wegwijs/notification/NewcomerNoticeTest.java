package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.contracts.intake.NoticeKind;
import nl.wegwijs.notification.TestSmtp.ReceivedMail;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStatus;
import org.junit.jupiter.api.Test;

/** Notices to newcomers through the real consumer, store and SMTP server (ADR 23). */
class NewcomerNoticeTest extends NotificationIntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void aWaitlistedNoticeReachesTheNewcomerOnceInArabicWithTheStartAndTheAddressIsForgotten() {
        String address = "amal." + UUID.randomUUID() + "@example.net";
        NewcomerNoticeRequested request =
                request(NoticeKind.WAITLISTED, LocalDate.parse("2027-01-11"), "ar", MessageChannel.EMAIL, address);

        publish(Topics.NEWCOMER_NOTICES, request);
        publish(Topics.NEWCOMER_NOTICES, request);
        NewcomerNoticeRequested marker = request(
                NoticeKind.STARTED, null, "nl", MessageChannel.EMAIL, "marker." + UUID.randomUUID() + "@example.net");
        publish(Topics.NEWCOMER_NOTICES, marker);

        // One partition, read in order: once the marker is sent, both copies of the request were handled.
        await().atMost(BOUND).until(() -> sent(marker) && sent(request));
        List<ReceivedMail> mails = SMTP.received().stream()
                .filter(mail -> mail.recipients().contains(address))
                .toList();
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("أخبار عن إحالتك");
        assertThat(mail.text())
                .isEqualTo("بخصوص إحالتك إلى Taalhuis:\n\n"
                        + "أنت على قائمة الانتظار. موعد البدء المتوقع: 11 كانون الثاني 2027.\n\n"
                        + "أسئلة؟ اطرحها على Gemeente Zeist: startgesprek@zeist.example.");
        assertThat(mail.html()).contains("lang=\"ar\" dir=\"rtl\"");
        Notification stored = notice(request).orElseThrow();
        assertThat(stored.recipient()).isNull();
        assertThat(stored.notice().kind()).isEqualTo(NoticeKind.WAITLISTED);
    }

    @Test
    void aDeclineByTextMessageGoesThroughTheSmsGatewayInTigrinyaNamingTheMunicipality() {
        String phone = "+31 6 " + (10_000_000 + (int) (Math.random() * 89_999_999));
        String mailbox = phone.replaceAll("[^0-9]", "") + "@sms.wegwijs.invalid";
        NewcomerNoticeRequested request = request(NoticeKind.DECLINED, null, "ti", MessageChannel.SMS, phone);

        publish(Topics.NEWCOMER_NOTICES, request);

        await().atMost(BOUND).until(() -> sent(request));
        List<ReceivedMail> texts = SMTP.received().stream()
                .filter(mail -> mail.recipients().contains(mailbox))
                .toList();
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).subject()).isEqualTo("SMS");
        assertThat(texts.get(0).text())
                .startsWith("ብዛዕባ ናብ Regionale Sociale Dienst ዝተገብረ ምሕላፍኩም፦")
                .contains("እቲ ትካል ክሕግዘኩም ኣይክእልን እዩ። Gemeente Zeist ብዛዕባ ሕጂ")
                .contains("startgesprek@zeist.example");
    }

    @Test
    void anErasureDropsTheNewcomersWaitingNoticesAndEveryLaterRequest() {
        String address = "deferred." + UUID.randomUUID() + "@example.net";
        SMTP.defer(address, 100);
        NewcomerNoticeRequested waiting = request(NoticeKind.ACCEPTED, null, "en", MessageChannel.EMAIL, address);
        publish(Topics.NEWCOMER_NOTICES, waiting);
        await().atMost(BOUND)
                .until(() -> notice(waiting).map(Notification::status).orElse(null) == NotificationStatus.FAILED);

        publish(
                Topics.NEWCOMER_ERASED,
                new NewcomerErased(UUID.randomUUID(), clock.instant(), "GM0355", waiting.newcomerId()));
        await().atMost(BOUND).until(() -> notice(waiting).isEmpty());
        NewcomerNoticeRequested late = new NewcomerNoticeRequested(
                UUID.randomUUID(),
                clock.instant(),
                "GM0355",
                waiting.newcomerId(),
                PartnerCode.CJG,
                NoticeKind.STARTED,
                null,
                "en",
                MessageChannel.EMAIL,
                "late." + UUID.randomUUID() + "@example.net");
        publish(Topics.NEWCOMER_NOTICES, late);
        NewcomerNoticeRequested marker = request(
                NoticeKind.STARTED, null, "nl", MessageChannel.EMAIL, "marker." + UUID.randomUUID() + "@example.net");
        publish(Topics.NEWCOMER_NOTICES, marker);

        await().atMost(BOUND).until(() -> sent(marker));
        assertThat(notice(late)).isEmpty();
        assertThat(SMTP.received().stream().filter(mail -> mail.recipients().contains(late.address())))
                .isEmpty();
    }

    private NewcomerNoticeRequested request(
            NoticeKind kind, LocalDate start, String language, MessageChannel channel, String address) {
        return new NewcomerNoticeRequested(
                UUID.randomUUID(),
                clock.instant(),
                "GM0355",
                UUID.randomUUID(),
                kind == NoticeKind.WAITLISTED ? PartnerCode.TAALHUIS : PartnerCode.RSD,
                kind,
                start,
                language,
                channel,
                address);
    }

    private boolean sent(NewcomerNoticeRequested request) {
        return notice(request).map(Notification::status).orElse(null) == NotificationStatus.SENT;
    }

    private Optional<Notification> notice(NewcomerNoticeRequested request) {
        return Optional.ofNullable(mongo.findById("notice:" + request.eventId(), Notification.class));
    }
}
