package nl.wegwijs.notification.escalations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerContact;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.delivery.Delivery;
import nl.wegwijs.notification.notifications.Audience;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import nl.wegwijs.notification.notifications.NotificationStore;
import nl.wegwijs.support.time.MunicipalityTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides who an escalation reaches (docs/design.md section 7) and records one notification per recipient: level 1 the
 * partner's contacts (subject to the storm window), level 2 also the municipality's coordinator, level 3 the partner's
 * contacts and, for the coordinator, an entry in the daily digest instead of a mail of its own. A partner without
 * contacts in the directory has the coordinator mailed at once. {@code FollowUpOverdue} goes to the intake officer.
 */
@Component
class EscalationHandler {

    private static final Logger log = LoggerFactory.getLogger(EscalationHandler.class);

    private final PartnerDirectory directory;
    private final NotificationStore store;
    private final Delivery delivery;
    private final StormWindows stormWindows;
    private final NotificationSettings settings;
    private final MunicipalityTime time;

    EscalationHandler(
            PartnerDirectory directory,
            NotificationStore store,
            Delivery delivery,
            StormWindows stormWindows,
            NotificationSettings settings,
            MunicipalityTime time) {
        this.directory = directory;
        this.store = store;
        this.delivery = delivery;
        this.stormWindows = stormWindows;
        this.settings = settings;
        this.time = time;
    }

    void handle(ReferralStalled event) {
        Instant now = time.now();
        String source = event.eventId().toString();
        NotificationItem item = new NotificationItem(
                event.referralId(),
                event.partner(),
                event.phase(),
                event.level(),
                event.overdueWorkingDays(),
                event.openBacklog(),
                null,
                LocalDate.ofInstant(event.dueAt(), time.zone()),
                event.occurredAt());
        List<String> contacts = directory.partner(event.partner()).map(Partner::contacts).orElse(List.of()).stream()
                .map(PartnerContact::email)
                .toList();
        String coordinator = directory.municipality().coordinatorEmail();
        if (contacts.isEmpty()) {
            // Nobody at the partner to tell: the coordinator gets it at once, whatever the level.
            log.warn(
                    "Escalation {} names partner {}, which has no contacts in the directory; the coordinator is mailed",
                    source,
                    event.partner());
        }
        if (event.level() == 1 && !contacts.isEmpty()) {
            contacts.forEach(contact -> levelOne(source, contact, event, item, now));
            return;
        }
        contacts.forEach(
                contact -> delivery.recordAndSend(stalled(source, contact, Audience.PARTNER, event, item, null, now)));
        if (event.level() == 2 || contacts.isEmpty()) {
            delivery.recordAndSend(stalled(source, coordinator, Audience.COORDINATOR, event, item, null, now));
        }
        if (event.level() == 3) {
            // The coordinator reads level 3 on the regie-overleg agenda: one daily digest, not one mail each.
            Instant digestAt = nextCoordinatorDigest(now);
            String agenda = "agenda:" + LocalDate.ofInstant(digestAt, time.zone());
            store.record(stalled("agenda:" + source, coordinator, Audience.COORDINATOR, event, item, agenda, now)
                    .heldFor(agenda, digestAt, NotificationKind.COORDINATOR_DIGEST));
        }
    }

    void handle(FollowUpOverdue event) {
        Instant now = time.now();
        String recipient = settings.followUpRecipient() == null
                        || settings.followUpRecipient().isBlank()
                ? directory.municipality().intakeOfficerEmail()
                : settings.followUpRecipient();
        NotificationItem item = new NotificationItem(
                event.newcomerId(),
                null,
                null,
                0,
                event.overdueWorkingDays(),
                null,
                event.number(),
                event.dueDate(),
                event.occurredAt());
        delivery.recordAndSend(Notification.pending(
                event.eventId().toString(),
                recipient,
                NotificationKind.FOLLOW_UP_OVERDUE,
                Audience.INTAKE_OFFICER,
                null,
                0,
                List.of(item),
                null,
                now));
    }

    private void levelOne(String source, String contact, ReferralStalled event, NotificationItem item, Instant now) {
        String id = Notification.idOf(source, contact);
        if (store.exists(id)) {
            delivery.send(id);
            return;
        }
        StormWindows.Window window = stormWindows.enter(contact, now);
        Notification notification = stalled(source, contact, Audience.PARTNER, event, item, window.key(), now);
        if (window.opened()) {
            delivery.recordAndSend(notification);
        } else {
            store.record(notification.heldFor(window.key(), window.end(), NotificationKind.PARTNER_DIGEST));
        }
    }

    private static Notification stalled(
            String source,
            String recipient,
            Audience audience,
            ReferralStalled event,
            NotificationItem item,
            String windowKey,
            Instant now) {
        return Notification.pending(
                source,
                recipient,
                NotificationKind.REFERRAL_STALLED,
                audience,
                event.partner().value(),
                event.level(),
                List.of(item),
                windowKey,
                now);
    }

    private Instant nextCoordinatorDigest(Instant now) {
        ZonedDateTime local = now.atZone(time.zone());
        ZonedDateTime today = local.with(settings.coordinatorDigestTime());
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
