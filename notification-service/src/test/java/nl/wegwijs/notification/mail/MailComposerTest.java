package nl.wegwijs.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.notifications.Audience;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private static final UUID REFERRAL = UUID.fromString("a1d4e7b2-3c5f-4e80-9a1b-2c3d4e5f6071");

    @Test
    void levelOneIsInEnglishWhenConfigured() {
        ComposedMail mail = composer(Locale.ENGLISH).compose(levelOne());

        assertThat(mail.subject())
                .isEqualTo("Referral " + REFERRAL + " at Regionale Sociale Dienst is stalled (level 1)");
        assertThat(mail.text())
                .contains("Dear colleague,")
                .contains("A referral to Regionale Sociale Dienst has passed the deadline of the phase pick up.")
                .contains("Working days overdue: 5")
                .contains("Open referrals at the partner: 37")
                .contains("Deadline: March 18, 2026")
                .contains("https://wegwijs.zeist.example/partner/referrals/" + REFERRAL);
        assertThat(mail.html()).contains("<html lang=\"en\">").contains("Working days overdue");
    }

    @Test
    void levelOneIsInDutchByDefault() {
        ComposedMail mail = composer(Locale.forLanguageTag("nl")).compose(levelOne());

        assertThat(mail.subject())
                .isEqualTo("Verwijzing " + REFERRAL + " bij Regionale Sociale Dienst staat stil (niveau 1)");
        assertThat(mail.html()).contains("<html lang=\"nl\">").contains("Werkdagen over de termijn");
    }

    private static MailComposer composer(Locale language) {
        NotificationSettings settings = new NotificationSettings(
                language,
                "https://wegwijs.zeist.example/",
                "wegwijs@zeist.example",
                "",
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                LocalTime.of(7, 0),
                ZoneId.of("Europe/Amsterdam"));
        return new MailComposer(PartnerDirectory.loadDefault(), settings);
    }

    private static Notification levelOne() {
        NotificationItem item = new NotificationItem(
                REFERRAL, PartnerCode.RSD, SlaPhase.PICK_UP, 1, 5, 37, null, LocalDate.parse("2026-03-18"));
        return Notification.pending(
                "06b947d8-c4e5-4c16-9d27-a5b6c7d8e9f0",
                "verwijzingen@rsd.example",
                NotificationKind.REFERRAL_STALLED,
                Audience.PARTNER,
                "RSD",
                1,
                List.of(item),
                null,
                Instant.parse("2026-03-25T06:00:00Z"));
    }
}
