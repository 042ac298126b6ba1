package nl.wegwijs.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import nl.wegwijs.notification.notifications.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * {@code wegwijs.notifications.sent}, {@code .failed} (every failed attempt) and {@code .failed.permanently} (every
 * notification given up), tagged only with the kind (docs/design.md section 8). Registered for every kind at start, so
 * Prometheus sees 0 rather than no series, and {@code increase()} sees the first failure.
 */
@Component
class DeliveryMetrics {

    static final String SENT = "wegwijs.notifications.sent";
    static final String FAILED = "wegwijs.notifications.failed";
    static final String FAILED_PERMANENTLY = "wegwijs.notifications.failed.permanently";

    private final Map<NotificationKind, Counter> sent = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Counter> failed = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Counter> failedPermanently = new EnumMap<>(NotificationKind.class);

    DeliveryMetrics(MeterRegistry registry) {
        for (NotificationKind kind : NotificationKind.values()) {
            sent.put(kind, registry.counter(SENT, "kind", kind.slug()));
            failed.put(kind, registry.counter(FAILED, "kind", kind.slug()));
            failedPermanently.put(kind, registry.counter(FAILED_PERMANENTLY, "kind", kind.slug()));
        }
    }

    void sent(NotificationKind kind) {
        sent.get(kind).increment();
    }

    void failed(NotificationKind kind) {
        failed.get(kind).increment();
    }

    void failedPermanently(NotificationKind kind) {
        failedPermanently.get(kind).increment();
    }
}
