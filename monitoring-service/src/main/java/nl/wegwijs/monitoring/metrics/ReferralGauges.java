package nl.wegwijs.monitoring.metrics;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.sla.OpenBacklog;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerKind;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Open, stalled and overdue gauges, recomputed from the store (at start and on their own schedule, never inside a
 * scan: the count grows with what is open, ADR 8), so they are right after a restart and the same on every instance. Every combination is registered at start so a gauge can fall back to 0.
 */
@Component
public class ReferralGauges {

    static final String OPEN = "wegwijs.referrals.open";
    static final String STALLED = "wegwijs.referrals.stalled";
    static final String FOLLOW_UPS_OVERDUE = "wegwijs.followups.overdue";

    private final MongoTemplate mongo;
    private final OpenBacklog backlog;
    private final MeterRegistry registry;
    private final PartnerDirectory directory;
    private final Map<Tags, AtomicLong> open = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> stalled = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> overdue = new ConcurrentHashMap<>();

    ReferralGauges(MongoTemplate mongo, OpenBacklog backlog, MeterRegistry registry, PartnerDirectory directory) {
        this.mongo = mongo;
        this.backlog = backlog;
        // Few timers have fired, so on MongoDB the stalled count reads a small part of this index.
        mongo.indexOps(SlaTimer.class)
                .createIndex(new Index().on("stalledLevel", Sort.Direction.ASC).named("stalled_level"));
        this.registry = registry;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void refresh() {
        Map<Tags, Long> openNow = new HashMap<>();
        for (OpenBacklog.Count count : backlog.count()) {
            openNow.put(openTags(count.partner(), count.status()), count.count());
        }
        Map<Tags, Long> stalledNow = new HashMap<>();
        Map<Tags, Long> overdueNow = new HashMap<>();
        for (Document row : stalledTimers()) {
            Document key = row.get("_id", Document.class);
            long count = ((Number) row.get("count")).longValue();
            if (TimerKind.REFERRAL.name().equals(key.getString("kind"))) {
                stalledNow.put(
                        stalledTags(
                                key.getString("partner"),
                                SlaPhase.valueOf(key.getString("phase")),
                                key.getInteger("stalledLevel")),
                        count);
            } else {
                overdueNow.merge(numberTags(key.getInteger("number")), count, Long::sum);
            }
        }
        set(OPEN, open, openNow, allOpenTags());
        set(STALLED, stalled, stalledNow, allStalledTags());
        set(FOLLOW_UPS_OVERDUE, overdue, overdueNow, List.of(numberTags(1), numberTags(2), numberTags(3)));
    }

    /** Armed timers that fired at least once, counted per kind, partner, phase, level and follow-up number. */
    private List<Document> stalledTimers() {
        return mongo.aggregate(
                        newAggregation(
                                match(where("armed")
                                        .is(true)
                                        .and("stalledLevel")
                                        .gt(0)),
                                group("kind", "partner", "phase", "stalledLevel", "number")
                                        .count()
                                        .as("count")),
                        SlaTimer.class,
                        Document.class)
                .getMappedResults();
    }

    private void set(String name, Map<Tags, AtomicLong> gauges, Map<Tags, Long> now, List<Tags> known) {
        known.forEach(tags -> gauge(name, gauges, tags));
        now.keySet().forEach(tags -> gauge(name, gauges, tags));
        gauges.forEach((tags, value) -> value.set(now.getOrDefault(tags, 0L)));
    }

    private void gauge(String name, Map<Tags, AtomicLong> gauges, Tags tags) {
        gauges.computeIfAbsent(tags, key -> registry.gauge(name, key, new AtomicLong()));
    }

    private List<Tags> allOpenTags() {
        return directory.partners().stream()
                .map(Partner::code)
                .flatMap(code -> OpenBacklog.OPEN.stream().map(status -> openTags(code.value(), status.name())))
                .toList();
    }

    private List<Tags> allStalledTags() {
        return directory.partners().stream()
                .map(Partner::code)
                .flatMap(code -> Arrays.stream(SlaPhase.values())
                        .filter(SlaPhase::isReferralPhase)
                        .flatMap(phase ->
                                IntStream.rangeClosed(1, 3).mapToObj(level -> stalledTags(code.value(), phase, level))))
                .toList();
    }

    private static Tags openTags(String partner, String status) {
        return Tags.of("partner", partner, "status", status);
    }

    private static Tags stalledTags(String partner, SlaPhase phase, int level) {
        return Tags.of("partner", partner, "phase", phase.name(), "level", String.valueOf(level));
    }

    private static Tags numberTags(int number) {
        return Tags.of("number", String.valueOf(number));
    }
}
