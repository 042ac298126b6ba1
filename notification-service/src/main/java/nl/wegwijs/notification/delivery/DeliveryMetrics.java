package nl.wegwijs.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wegwijs.notification.notifications.NotificationKind;
import org.springframework.stereotype.Component;

/** {@code wegwijs.notifications.sent} and {@code .failed}, tagged only with the kind (docs/design.md section 8). */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(NotificationKind kind) {
        registry.counter("wegwijs.notifications.sent", "kind", kind.slug()).increment();
    }

    void failed(NotificationKind kind) {
        registry.counter("wegwijs.notifications.failed", "kind", kind.slug()).increment();
    }
}
