package nl.wegwijs.notification.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import nl.wegwijs.notification.notifications.NotificationStatus;
import nl.wegwijs.notification.notifications.NotificationStore;
import nl.wegwijs.support.problem.InvalidInputException;
import nl.wegwijs.support.web.DateParameters;
import nl.wegwijs.support.web.PageView;
import nl.wegwijs.support.web.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was sent to whom, for the coordinator (role {@code COORDINATOR}, see SecurityConfig): filters on partner,
 * kind, status and a period of recording ({@code from} inclusive, {@code to} exclusive), newest first, paged.
 */
@RestController
class NotificationAuditController {

    private final NotificationStore store;

    NotificationAuditController(NotificationStore store) {
        this.store = store;
    }

    @GetMapping("/api/notifications")
    PageView<NotificationView> notifications(
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Pageable paging = Paging.of(page, size);
        Criteria criteria = filter(partner, kind, status, instant("from", from), instant("to", to));
        long total = store.count(criteria);
        List<NotificationView> items = store.find(criteria, paging.getOffset(), size).stream()
                .map(NotificationView::of)
                .toList();
        return new PageView<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    private static Criteria filter(String partner, String kind, String status, Instant from, Instant to) {
        List<Criteria> parts = new ArrayList<>();
        if (partner != null) {
            if (!PartnerCode.isValid(partner)) {
                throw InvalidInputException.of("partner", "field.partner-code");
            }
            parts.add(where("partner").is(partner));
        }
        if (kind != null) {
            parts.add(where("kind").is(oneOf("kind", kind, NotificationKind.class)));
        }
        if (status != null) {
            parts.add(where("status").is(oneOf("status", status, NotificationStatus.class)));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.of("from", "field.from-not-before-to");
        }
        if (from != null) {
            parts.add(where("createdAt").gte(from));
        }
        if (to != null) {
            parts.add(where("createdAt").lt(to));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "field.one-of", Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateParameters.within(field, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "field.instant");
        }
    }

    /**
     * One notification as the audit shows it; {@code sourceId} is the escalation's event id or the digest's key.
     * {@code status=FAILED_PERMANENTLY} lists what was given up; {@code lastError} says why.
     */
    record NotificationView(
            String sourceId,
            String recipient,
            NotificationKind kind,
            String partner,
            int level,
            List<String> references,
            NotificationStatus status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt,
            String lastError,
            String digestId) {

        static NotificationView of(Notification n) {
            return new NotificationView(
                    n.sourceId(),
                    n.recipient(),
                    n.kind(),
                    n.partner(),
                    n.level(),
                    n.items().stream()
                            .map(NotificationItem::reference)
                            .map(Object::toString)
                            .toList(),
                    n.status(),
                    n.attempts(),
                    n.createdAt(),
                    n.sentAt(),
                    n.nextAttemptAt(),
                    n.lastError(),
                    n.digestId());
        }
    }
}
