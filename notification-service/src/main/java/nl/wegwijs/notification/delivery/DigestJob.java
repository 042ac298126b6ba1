package nl.wegwijs.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns held notifications into digests once their window is over: the level-1 escalations a partner contact got
 * within one storm window, and the level-3 escalations of one day for the coordinator. A digest lists every
 * escalation of its window, including the one that already went out on its own.
 */
@Component
class DigestJob {

    private static final int BATCH = 1000;

    private final NotificationStore store;
    private final Delivery delivery;
    private final Clock clock;

    DigestJob(NotificationStore store, Delivery delivery, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${wegwijs.notifications.digest-interval:PT1M}",
            initialDelayString = "${wegwijs.notifications.digest-interval:PT1M}")
    void sendDueDigests() {
        Instant now = clock.instant();
        Map<String, List<Notification>> byWindow = new LinkedHashMap<>();
        for (Notification held : store.heldDue(now, BATCH)) {
            byWindow.computeIfAbsent(Notification.idOf(held.windowKey(), held.recipient()), key -> new ArrayList<>())
                    .add(held);
        }
        byWindow.values().forEach(held -> digest(held, now));
    }

    private void digest(List<Notification> held, Instant now) {
        Notification first = held.get(0);
        List<Notification> window = store.inWindow(first.windowKey(), first.recipient());
        List<NotificationItem> items =
                window.stream().flatMap(n -> n.items().stream()).toList();
        // Named after the held set: a re-run after a crash finds the same digest, a straggler gets its own.
        String digestSource = "digest:" + first.windowKey() + ":" + fingerprint(held);
        Notification digest = Notification.pending(
                digestSource,
                first.recipient(),
                first.digestKind(),
                first.audience(),
                samePartner(window),
                window.stream().mapToInt(Notification::level).max().orElse(first.level()),
                items,
                null,
                now);
        store.record(digest);
        store.markBundled(held.stream().map(Notification::id).toList(), digest.id(), now);
        delivery.send(digest.id());
    }

    private static String samePartner(List<Notification> window) {
        List<String> partners =
                window.stream().map(Notification::partner).distinct().toList();
        return partners.size() == 1 ? partners.get(0) : null;
    }

    private static String fingerprint(List<Notification> held) {
        String ids = held.stream().map(Notification::id).sorted().reduce("", (a, b) -> a + "\n" + b);
        return UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
