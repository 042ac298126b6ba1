package nl.wegwijs.notification.notices;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.UUID;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.notification.delivery.Delivery;
import nl.wegwijs.notification.notifications.NewcomerNotice;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStore;
import nl.wegwijs.support.store.StoreCompaction;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a notice to a newcomer under the notice's id and sends it (ADR 23): a repeated request finds the record and
 * sends nothing new. An erasure removes the newcomer's notices and is remembered by the pseudonymous id alone, so a
 * request that arrives after it (the two topics are not ordered) is dropped too.
 */
@Component
class NoticeHandler {

    static final String ERASED = "erasedNewcomers";

    private final Delivery delivery;
    private final NotificationStore store;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final StoreCompaction compaction;

    NoticeHandler(
            Delivery delivery, NotificationStore store, MongoTemplate mongo, Clock clock, StoreCompaction compaction) {
        this.delivery = delivery;
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
        this.compaction = compaction;
    }

    void handle(NewcomerNoticeRequested request) {
        if (mongo.exists(query(where("_id").is(request.newcomerId().toString())), ERASED)) {
            return;
        }
        NewcomerNotice notice = new NewcomerNotice(
                request.newcomerId(),
                request.partner(),
                request.kind(),
                request.expectedStart(),
                request.language(),
                request.channel());
        delivery.recordAndSend(
                Notification.notice(request.eventId().toString(), request.address(), notice, clock.instant()));
    }

    void handle(NewcomerErased erased) {
        UUID newcomer = erased.newcomerId();
        try {
            mongo.insert(new Document("_id", newcomer.toString()), ERASED);
        } catch (DuplicateKeyException e) {
            // Erased before: the notices are gone already, removing again is harmless.
        }
        store.forgetNotices(newcomer);
        compaction.afterErasure(Notification.COLLECTION);
    }
}
