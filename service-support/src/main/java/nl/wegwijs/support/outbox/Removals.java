package nl.wegwijs.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's removals of acknowledged events (ADR 15), gathered for a few milliseconds and written together (ADR 26):
 * aggregates whose events the broker acknowledged at about the same time (an intake's three referrals, three inboxes'
 * acknowledgements) cost one unordered bulk write instead of one update each. A removal still follows its events'
 * acknowledgement; the relay runs at most one call per aggregate at a time, so an aggregate appears once per write.
 */
final class Removals {

    static final long WINDOW_MILLIS = 20;

    private final MongoTemplate mongo;
    private final String collection;
    private final Executor later;
    private List<Removal> waiting = new ArrayList<>();

    Removals(MongoTemplate mongo, String collection, Executor worker) {
        this.mongo = mongo;
        this.collection = collection;
        this.later = CompletableFuture.delayedExecutor(WINDOW_MILLIS, TimeUnit.MILLISECONDS, worker);
    }

    private record Removal(Object aggregateId, Update update, CompletableFuture<Void> done) {}

    /** @return done once the update is written; failed with the store's error */
    CompletableFuture<Void> remove(Object aggregateId, Update update) {
        Removal removal = new Removal(aggregateId, update, new CompletableFuture<>());
        boolean first;
        synchronized (this) {
            waiting.add(removal);
            first = waiting.size() == 1;
        }
        if (first) {
            CompletableFuture.runAsync(this::write, later).exceptionally(e -> {
                write(); // the worker is stopping: write at once
                return null;
            });
        }
        return removal.done();
    }

    private void write() {
        List<Removal> removals;
        synchronized (this) {
            removals = waiting;
            waiting = new ArrayList<>();
        }
        if (removals.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        removals.forEach(removal -> bulk.updateOne(query(where("_id").is(removal.aggregateId())), removal.update()));
        List<RuntimeException> failures = new ArrayList<>(Collections.nCopies(removals.size(), null));
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            e.getErrors().forEach(error -> failures.set(error.getIndex(), e));
        } catch (RuntimeException e) {
            failures.replaceAll(none -> e);
        }
        for (int i = 0; i < removals.size(); i++) {
            if (failures.get(i) == null) {
                removals.get(i).done().complete(null);
            } else {
                removals.get(i).done().completeExceptionally(failures.get(i));
            }
        }
    }
}
