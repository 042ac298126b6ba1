package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.timeline.Timeline;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * How many referrals each partner has open (not in a terminal status). Counting reads every open timeline, so it runs
 * on the gauge schedule, never inside a scan: a scan uses the totals of the last count (ADR 8).
 */
@Component
public class OpenBacklog {

    public static final List<ReferralStatus> OPEN = Arrays.stream(ReferralStatus.values())
            .filter(status -> !status.isTerminal())
            .toList();

    /** Open referrals of one partner in one status. */
    public record Count(String partner, String status, long count) {}

    private final MongoTemplate mongo;
    private volatile Map<String, Integer> lastTotals;

    OpenBacklog(MongoTemplate mongo) {
        this.mongo = mongo;
        // On MongoDB the counts read this index only; the embedded store ignores non-unique indexes (ADR 8).
        mongo.indexOps(Timeline.class)
                .createIndex(new Index()
                        .on("status", Sort.Direction.ASC)
                        .on("partner", Sort.Direction.ASC)
                        .named("status_partner"));
    }

    /** Counts in the store, with one aggregation, and remembers the totals per partner for the scans. */
    public List<Count> count() {
        List<Count> counts = mongo
                .aggregate(
                        newAggregation(
                                match(where("status").in(OPEN)),
                                group("partner", "status").count().as("count")),
                        Timeline.class,
                        Document.class)
                .getMappedResults()
                .stream()
                .map(row -> {
                    Document key = row.get("_id", Document.class);
                    return new Count(
                            key.getString("partner"), key.getString("status"), ((Number) row.get("count")).longValue());
                })
                .toList();
        Map<String, Integer> totals = new HashMap<>();
        counts.forEach(count -> totals.merge(count.partner(), (int) count.count(), Integer::sum));
        lastTotals = Map.copyOf(totals);
        return counts;
    }

    /** The partner's open referrals as of the last count; counts first if nothing was counted since the start. */
    int open(String partner) {
        if (lastTotals == null) {
            count();
        }
        return lastTotals.getOrDefault(partner, 0);
    }
}
