package nl.wegwijs.notification.escalations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import nl.wegwijs.notification.NotificationSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At most one level-1 mail per partner contact per storm window (an hour by default). The first level-1 escalation
 * after a quiet spell opens a window and goes out on its own; the ones that arrive while it is open wait for the
 * window's digest. One document per contact, changed atomically, so two consumers cannot both open a window.
 */
@Component
class StormWindows {

    private final MongoTemplate mongo;
    private final NotificationSettings settings;

    StormWindows(MongoTemplate mongo, NotificationSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    /** The window a level-1 mail to {@code recipient} at {@code now} belongs to, and whether it opened it. */
    Window enter(String recipient, Instant now) {
        Instant end = now.plus(settings.stormWindow());
        StormWindow reopened = mongo.findAndModify(
                query(where("_id").is(recipient).and("end").lte(now)),
                new Update().set("start", now).set("end", end),
                FindAndModifyOptions.options().returnNew(true),
                StormWindow.class);
        if (reopened != null) {
            return new Window(reopened, true);
        }
        try {
            return new Window(mongo.insert(new StormWindow(recipient, now, end)), true);
        } catch (DuplicateKeyException e) {
            StormWindow open = mongo.findById(recipient, StormWindow.class);
            if (open == null || !open.end().isAfter(now)) {
                return enter(recipient, now);
            }
            return new Window(open, false);
        }
    }

    record Window(StormWindow window, boolean opened) {

        String key() {
            return "storm:" + window.recipient() + ":" + window.start();
        }

        Instant end() {
            return window.end();
        }
    }

    @Document("stormWindows")
    record StormWindow(@Id String recipient, Instant start, Instant end) {}
}
