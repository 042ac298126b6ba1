package nl.wegwijs.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    private static final Instant NOON = Instant.parse("2026-03-25T11:00:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void levelOneIsInEnglishWhenConfigured() {
        ComposedMail mail = composer(Locale.ENGLISH, "").compose(levelOne());

        assertThat(mail.subject())
                .isEqualTo("Referral " + REFERRAL
                        + " at Regionale Sociale Dienst is stalled (level 1) in the phase pick up");
        assertThat(mail.text())
                .contains("Dear colleague,")
                .contains("A referral to Regionale Sociale Dienst has passed the deadline of the phase pick up.")
                .contains("Working days overdue: 5")
                .contains("Open referrals at the partner: 37")
                .contains("Deadline: March 18, 2026")
                .contains("https://wegwijs.zeist.example/inbox/referrals/" + REFERRAL)
                .endsWith("Kind regards,\nWegwijs, Gemeente Zeist\n");
        assertThat(mail.html()).contains("<html lang=\"en\">").contains("Working days overdue");
    }

    @Test
    void levelOneIsInDutchByDefaultAndItsSubjectNamesThePartnerAndThePhase() {
        ComposedMail mail = composer(DUTCH, "").compose(levelOne());

        assertThat(mail.subject())
                .isEqualTo("Verwijzing " + REFERRAL
                        + " bij Regionale Sociale Dienst staat stil (niveau 1) in de fase oppakken");
        assertThat(mail.html()).contains("<html lang=\"nl\">").contains("Werkdagen over de termijn");
    }

    @Test
    void theSignatureNamesTheDirectorysMunicipalityUnlessOneIsConfigured() {
        assertThat(composer(DUTCH, "").compose(levelOne()).text())
                .endsWith("Met vriendelijke groet,\nWegwijs, Gemeente Zeist\n");

        ComposedMail configured =
                composer(DUTCH, "Gemeente Utrechtse Heuvelrug").compose(levelOne());

        assertThat(configured.text())
                .endsWith("Met vriendelijke groet,\nWegwijs, Gemeente Utrechtse Heuvelrug\n")
                .doesNotContain("Zeist\n");
        assertThat(configured.html()).contains("Wegwijs, Gemeente Utrechtse Heuvelrug</span>");
    }

    @Test
    void everyKindOfMailIsSigned() {
        MailComposer composer = composer(DUTCH, "Gemeente Utrecht");
        Notification followUp = Notification.pending(
                "f1",
                "startgesprek@zeist.example",
                NotificationKind.FOLLOW_UP_OVERDUE,
                Audience.INTAKE_OFFICER,
                null,
                0,
                List.of(new NotificationItem(REFERRAL, null, null, 0, 3, null, 1, LocalDate.parse("2026-03-01"), NOON)),
                null,
                NOON);

        for (Notification notification : List.of(levelOne(), followUp, taalhuisDigest())) {
            ComposedMail mail = composer.compose(notification);
            assertThat(mail.text()).as(notification.kind().name()).contains("Wegwijs, Gemeente Utrecht");
            assertThat(mail.html()).as(notification.kind().name()).contains("Wegwijs, Gemeente Utrecht");
        }
    }

    @Test
    void aDigestNamesThePartnerAndPhaseAndShowsTheNewestOpenReferralCountOnce() {
        ComposedMail mail = composer(DUTCH, "").compose(taalhuisDigest());

        assertThat(mail.subject()).isEqualTo("Overzicht: 3 verwijzingen bij Taalhuis staan stil in de fase oppakken");
        // Escalated at 09:00, 11:00 and 10:00 with 39, 41 and 40 open: the count of 11:00 is the one that is true now.
        assertThat(mail.text())
                .contains("Open verwijzingen per partner, volgens de laatste telling:\n- Taalhuis: 41\n")
                .doesNotContain("Taalhuis: 39")
                .doesNotContain("Taalhuis: 40");
        assertThat(mail.html())
                .contains("<li>Taalhuis: 41</li>")
                .doesNotContain(">39<")
                .doesNotContain(">40<");
    }

    @Test
    void theCoordinatorsDigestShowsTheNewestCountOfEachPartnerAndNamesThemInTheSubject() {
        List<NotificationItem> items = List.of(
                item(PartnerCode.RSD, SlaPhase.PICK_UP, 3, 73, NOON.minusSeconds(60)),
                item(PartnerCode.TAALHUIS, SlaPhase.FIRST_CONTACT, 3, 22, NOON),
                item(PartnerCode.RSD, SlaPhase.ACKNOWLEDGE, 3, 70, NOON.minusSeconds(7200)));
        Notification digest = Notification.pending(
                "digest:agenda:2026-03-26:x",
                "regie-inburgering@zeist.example",
                NotificationKind.COORDINATOR_DIGEST,
                Audience.COORDINATOR,
                null,
                3,
                items,
                "agenda:2026-03-26",
                NOON);

        ComposedMail mail = composer(DUTCH, "").compose(digest);

        assertThat(mail.subject())
                .isEqualTo(
                        "Dagoverzicht regie-overleg: 3 verwijzingen op niveau 3 bij Regionale Sociale Dienst, Taalhuis");
        assertThat(mail.text())
                .contains("- Regionale Sociale Dienst: 73\n- Taalhuis: 22\n")
                .contains("Agenda van het regie-overleg: https://wegwijs.zeist.example/regie-overleg\n")
                .doesNotContain(": 70");
        assertThat(mail.html())
                .contains("<a href=\"https://wegwijs.zeist.example/regie-overleg\">Agenda van het regie-overleg</a>");
        assertThat(composer(DUTCH, "").compose(taalhuisDigest()).text()).doesNotContain("regie-overleg");
    }

    private static MailComposer composer(Locale language, String municipalityName) {
        NotificationSettings settings = new NotificationSettings(
                language,
                "https://wegwijs.zeist.example/",
                "wegwijs@zeist.example",
                municipalityName,
                "",
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                LocalTime.of(7, 0),
                new NotificationSettings.Retries(3, Duration.ofMinutes(1), 2, Duration.ofHours(1)));
        PartnerDirectory directory = PartnerDirectory.loadDefault();
        return new MailComposer(directory, settings, new NoticeComposer(directory));
    }

    private static Notification levelOne() {
        NotificationItem item = new NotificationItem(
                REFERRAL, PartnerCode.RSD, SlaPhase.PICK_UP, 1, 5, 37, null, LocalDate.parse("2026-03-18"), NOON);
        return Notification.pending(
                "06b947d8-c4e5-4c16-9d27-a5b6c7d8e9f0",
                "verwijzingen@rsd.example",
                NotificationKind.REFERRAL_STALLED,
                Audience.PARTNER,
                "RSD",
                1,
                List.of(item),
                null,
                NOON);
    }

    private static Notification taalhuisDigest() {
        List<NotificationItem> items = List.of(
                item(PartnerCode.TAALHUIS, SlaPhase.PICK_UP, 1, 39, NOON.minusSeconds(7200)),
                item(PartnerCode.TAALHUIS, SlaPhase.PICK_UP, 1, 41, NOON),
                item(PartnerCode.TAALHUIS, SlaPhase.PICK_UP, 1, 40, NOON.minusSeconds(3600)));
        return Notification.pending(
                "digest:storm:x",
                "taalmaatjes@taalhuis.example",
                NotificationKind.PARTNER_DIGEST,
                Audience.PARTNER,
                "TAALHUIS",
                1,
                items,
                "storm:x",
                NOON);
    }

    private static NotificationItem item(
            PartnerCode partner, SlaPhase phase, int level, int openBacklog, Instant escalatedAt) {
        return new NotificationItem(
                UUID.randomUUID(),
                partner,
                phase,
                level,
                2,
                openBacklog,
                null,
                LocalDate.parse("2026-03-18"),
                escalatedAt);
    }
}
