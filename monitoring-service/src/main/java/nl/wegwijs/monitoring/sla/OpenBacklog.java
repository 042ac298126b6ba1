package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Arrays;
import java.util.List;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.timeline.Timeline;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** How many referrals a partner has open (not in a terminal status). */
@Component
public class OpenBacklog {

    public static final List<ReferralStatus> OPEN = Arrays.stream(ReferralStatus.values())
            .filter(status -> !status.isTerminal())
            .toList();

    private final MongoTemplate mongo;

    OpenBacklog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    int open(String partner) {
        return (int)
                mongo.count(query(where("partner").is(partner).and("status").in(OPEN)), Timeline.class);
    }
}
