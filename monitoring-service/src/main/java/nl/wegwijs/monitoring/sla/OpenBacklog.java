package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.timeline.LegacyTimelines;
import nl.wegwijs.monitoring.timeline.StatusChange;
import nl.wegwijs.monitoring.timeline.Timeline;
import nl.wegwijs.monitoring.timeline.TransitionListener;
import org.bson.Document;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * How many referrals each partner has open (not in a terminal status), kept in memory as transitions are applied
 * (ADR 16). Counted in the store once, when the service starts and before it reads any event, so the counts are right
 * after a restart; a transition whose count a crash lost is in the next start's count.
 */
@Component
@DependsOn(LegacyTimelines.BEAN)
public class OpenBacklog implements TransitionListener {

    public static final List<ReferralStatus> OPEN = Arrays.stream(ReferralStatus.values())
            .filter(status -> !status.isTerminal())
            .toList();

    /** Open referrals of one partner in one status. */
    public record Count(String partner, String status, long count) {}

    private record Key(String partner, ReferralStatus status) {}

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    /** Counts in the store: a process does this once, at start. */
    public OpenBacklog(MongoTemplate mongo) {
        // On MongoDB the start's count reads this index only; the embedded store ignores non-unique indexes (ADR 8).
        mongo.indexOps(Timeline.class)
                .createIndex(new Index()
                        .on("status", Sort.Direction.ASC)
                        .on("partner", Sort.Direction.ASC)
                        .named("status_partner"));
        mongo.aggregate(
                        newAggregation(
                                match(where("status").in(OPEN)),
                                group("partner", "status").count().as("count")),
                        Timeline.class,
                        Document.class)
                .getMappedResults()
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    add(
                            key.getString("partner"),
                            ReferralStatus.valueOf(key.getString("status")),
                            ((Number) row.get("count")).longValue());
                });
    }

    @Override
    public void afterSave(Timeline timeline, StatusChange change) {
        String partner = timeline.partner().value();
        if (change.from() != null && !change.from().isTerminal()) {
            add(partner, change.from(), -1);
        }
        if (!change.to().isTerminal()) {
            add(partner, change.to(), 1);
        }
    }

    /** The counts per partner and status, as of the last transition this process applied. */
    public List<Count> count() {
        return counts.entrySet().stream()
                .map(entry -> new Count(
                        entry.getKey().partner(),
                        entry.getKey().status().name(),
                        entry.getValue().get()))
                .toList();
    }

    /** The partner's open referrals in that status. */
    public long open(String partner, ReferralStatus status) {
        AtomicLong count = counts.get(new Key(partner, status));
        return count == null ? 0 : count.get();
    }

    /** The partner's open referrals. */
    int open(String partner) {
        return (int) counts.entrySet().stream()
                .filter(entry -> entry.getKey().partner().equals(partner))
                .mapToLong(entry -> entry.getValue().get())
                .sum();
    }

    private void add(String partner, ReferralStatus status, long delta) {
        counts.computeIfAbsent(new Key(partner, status), key -> new AtomicLong())
                .addAndGet(delta);
    }
}
