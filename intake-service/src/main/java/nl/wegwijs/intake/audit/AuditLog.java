package nl.wegwijs.intake.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** Records each read and write of a profile with the token's subject and the endpoint (docs/design.md section 9). */
@Component
public class AuditLog {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public enum Action {
        RECORD,
        READ,
        LIST,
        CORRECT,
        ADD_REFERRAL,
        CANCEL_REFERRAL,
        READ_FOLLOW_UPS,
        RECORD_FOLLOW_UP,
        PRINT_CARD,
        ERASE
    }

    public void record(UUID newcomerId, Action action) {
        record(List.of(newcomerId), action);
    }

    public void record(List<UUID> newcomerIds, Action action) {
        String subject = SecurityContextHolder.getContext().getAuthentication().getName();
        String endpoint = endpoint();
        List<AuditEntry> entries = newcomerIds.stream()
                .map(id -> new AuditEntry(
                        UUID.randomUUID().toString(), id.toString(), subject, clock.instant(), action.name(), endpoint))
                .toList();
        if (!entries.isEmpty()) {
            mongo.insert(entries, COLLECTION);
        }
    }

    List<AuditEntry> of(UUID newcomerId) {
        return mongo.find(
                Query.query(Criteria.where("newcomerId").is(newcomerId.toString()))
                        .with(Sort.by("at")),
                AuditEntry.class,
                COLLECTION);
    }

    /** The endpoint's pattern, such as {@code GET /api/newcomers/{id}}: the why, without the ids in the path. */
    private static String endpoint() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }
}
