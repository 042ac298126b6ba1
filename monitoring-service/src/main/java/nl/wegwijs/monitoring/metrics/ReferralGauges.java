package nl.wegwijs.monitoring.metrics;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.sla.OpenBacklog;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerKind;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Open, stalled and overdue gauges. Counted in the store once, at start, before any event is read, so they are right
 * after a restart; from then on kept up to date as transitions, armings and claims happen, with no scan (ADR 16).
 * Every combination is registered at start so a gauge can fall back to 0.
 */
@Component
public class ReferralGauges {

    static final String OPEN = "wegwijs.referrals.open";
    static final String STALLED = "wegwijs.referrals.stalled";
    static final String FOLLOW_UPS_OVERDUE = "wegwijs.followups.overdue";

    private final MongoTemplate mongo;
    private final OpenBacklog backlog;
    private final MeterRegistry registry;
    private final Set<Tags> open = ConcurrentHashMap.newKeySet();
    private final Map<Tags, AtomicLong> stalled = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> overdue = new ConcurrentHashMap<>();

    ReferralGauges(MongoTemplate mongo, OpenBacklog backlog, MeterRegistry registry, PartnerDirectory directory) {
        this.mongo = mongo;
        this.backlog = backlog;
        this.registry = registry;
        // Few timers have fired, so on MongoDB the start's stalled count reads a small part of this index.
        mongo.indexOps(SlaTimer.class)
                .createIndex(new Index().on("stalledLevel", Sort.Direction.ASC).named("stalled_level"));
        for (Partner partner : directory.partners()) {
            String code = partner.code().value();
            OpenBacklog.OPEN.forEach(status -> openGauge(code, status));
            Arrays.stream(SlaPhase.values())
                    .filter(SlaPhase::isReferralPhase)
                    .forEach(phase -> IntStream.rangeClosed(1, 3)
                            .forEach(level -> gauge(STALLED, stalled, stalledTags(code, phase, level))));
        }
        IntStream.rangeClosed(1, 3).forEach(number -> gauge(FOLLOW_UPS_OVERDUE, overdue, numberTags(number)));
        refresh();
    }

    /** Counts stalled timers in the store, and takes the open counts; at start, and by the scan benchmark. */
    public void refresh() {
        stalled.values().forEach(value -> value.set(0));
        overdue.values().forEach(value -> value.set(0));
        for (Document row : stalledTimers()) {
            Document key = row.get("_id", Document.class);
            long count = ((Number) row.get("count")).longValue();
            if (TimerKind.REFERRAL.name().equals(key.getString("kind"))) {
                SlaPhase phase = SlaPhase.valueOf(key.getString("phase"));
                add(
                        STALLED,
                        stalled,
                        stalledTags(key.getString("partner"), phase, key.getInteger("stalledLevel")),
                        count);
            } else {
                add(FOLLOW_UPS_OVERDUE, overdue, numberTags(key.getInteger("number")), count);
            }
        }
        backlog.count().forEach(count -> openGauge(count.partner(), ReferralStatus.valueOf(count.status())));
    }

    /** A scan claimed this level of the timer: it stalls at this level now, no longer at the one before. */
    public void fired(SlaTimer timer, int level) {
        if (timer.kind() == TimerKind.REFERRAL) {
            add(STALLED, stalled, stalledTags(timer.partner(), timer.phase(), level), 1);
            if (level > 1) {
                add(STALLED, stalled, stalledTags(timer.partner(), timer.phase(), level - 1), -1);
            }
        } else {
            add(FOLLOW_UPS_OVERDUE, overdue, numberTags(timer.number()), 1);
        }
    }

    /** A timer that had stalled at this level was re-armed or disarmed. */
    public void stallEnded(TimerKind kind, String partner, SlaPhase phase, int level, int number) {
        if (kind == TimerKind.REFERRAL) {
            add(STALLED, stalled, stalledTags(partner, phase, level), -1);
        } else {
            add(FOLLOW_UPS_OVERDUE, overdue, numberTags(number), -1);
        }
    }

    /** Reads the count that {@link OpenBacklog} keeps in memory whenever it is scraped. */
    private void openGauge(String partner, ReferralStatus status) {
        Tags tags = openTags(partner, status.name());
        if (open.add(tags)) {
            registry.gauge(OPEN, tags, backlog, counts -> counts.open(partner, status));
        }
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

    private void add(String name, Map<Tags, AtomicLong> gauges, Tags tags, long delta) {
        gauge(name, gauges, tags).addAndGet(delta);
    }

    private AtomicLong gauge(String name, Map<Tags, AtomicLong> gauges, Tags tags) {
        return gauges.computeIfAbsent(tags, key -> registry.gauge(name, key, new AtomicLong()));
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
