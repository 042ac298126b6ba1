package nl.wegwijs.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events an aggregate keeps in its document (ADR 5, ADR 15). All events of one call go to the producer
 * at once, without waiting on each; once the broker has answered for all of them, one update removes the
 * acknowledged ones, together with the removals of other aggregates settling at the same time (ADR 26). Per aggregate,
 * calls run one after another, so a later event never overtakes an earlier one.
 *
 * <p>Events this relay is sending, or has had acknowledged lately, are never sent again, whichever path read them
 * from the document: a writer that read the aggregate before the removal passes them in again. An event the broker
 * refused stays pending with those after it; the sweep sends them again, in order.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final CompletableFuture<Boolean> DONE = CompletableFuture.completedFuture(true);

    private final MongoTemplate mongo;
    private final EventProducer producer;
    private final OutboxCollection collection;
    private final ApplicationEventPublisher events;
    private final RecentEventIds handled = new RecentEventIds(100_000);
    private final Removals removals;
    private final ConcurrentMap<Object, CompletableFuture<Boolean>> lastOfAggregate = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(
            MongoTemplate mongo,
            EventProducer producer,
            OutboxCollection collection,
            ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.producer = producer;
        this.collection = collection;
        this.events = events;
        this.removals = new Removals(mongo, collection.name(), worker);
    }

    /**
     * Publishes the aggregate's pending events, as its document holds them after a write, without making the caller
     * wait for the broker.
     *
     * @return true once all of them are acknowledged and removed; false when the broker refused one
     */
    public CompletableFuture<Boolean> publish(Object aggregateId, List<PendingEvent> pending) {
        return publish(aggregateId, pending, true);
    }

    /**
     * Publishes events the aggregate's document does not hold: the caller keeps its own record of what is still to
     * send, and drops it once the returned future says the broker has them all (the SLA timers' bucket entries, ADR
     * 33). Order and the skipping of events sent lately are as with {@link #publish}; nothing is removed.
     *
     * @return true once all of them are acknowledged; false when the broker refused one
     */
    public CompletableFuture<Boolean> publishUnstored(Object aggregateId, List<PendingEvent> events) {
        return publish(aggregateId, events, false);
    }

    private CompletableFuture<Boolean> publish(Object aggregateId, List<PendingEvent> pending, boolean stored) {
        if (pending.isEmpty()) {
            return DONE;
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture<Boolean> before = lastOfAggregate.put(aggregateId, done);
        (before == null ? DONE : before)
                .thenComposeAsync(
                        ok -> ok ? send(aggregateId, pending, stored) : CompletableFuture.completedFuture(false),
                        worker)
                .whenComplete((ok, e) -> {
                    lastOfAggregate.remove(aggregateId, done);
                    done.complete(e == null && ok);
                });
        return done;
    }

    /** Lets the work already handed to it run (up to 10 s), then stops; what is still pending stays for the next start. */
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private CompletableFuture<Boolean> send(Object aggregateId, List<PendingEvent> pending, boolean stored) {
        Sending sending = start(aggregateId, pending);
        if (sending.sent().isEmpty()) {
            return DONE;
        }
        return sending.answered()
                .thenComposeAsync(
                        all -> stored ? settle(sending) : CompletableFuture.completedFuture(refusedNone(sending)),
                        worker);
    }

    /** The events of one call as they went to the producer, with the broker's answer to each. */
    private record Sending(Object aggregateId, List<PendingEvent> sent, List<CompletableFuture<Void>> answers) {

        CompletableFuture<Void> answered() {
            return CompletableFuture.allOf(answers.stream()
                    .map(answer -> answer.handle((ok, e) -> null))
                    .toArray(CompletableFuture[]::new));
        }

        /** The events acknowledged up to the first refused one: those the outbox may remove. */
        List<PendingEvent> acknowledged() {
            int acknowledged = 0;
            while (acknowledged < answers.size() && !answers.get(acknowledged).isCompletedExceptionally()) {
                acknowledged++;
            }
            return sent.subList(0, acknowledged);
        }
    }

    private Sending start(Object aggregateId, List<PendingEvent> pending) {
        List<PendingEvent> sent = new ArrayList<>();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (PendingEvent event : pending) {
            if (!handled.add(event.eventId())) {
                continue; // sent by another path, or by an earlier call that read the document before us
            }
            sent.add(event);
            CompletableFuture<Void> answer = producer.send(event);
            answers.add(answer);
            if (answer.isCompletedExceptionally()) {
                break; // the rest waits for this one
            }
        }
        return new Sending(aggregateId, sent, answers);
    }

    /**
     * Removes the acknowledged events up to the first refused one in one update, written together with those of other
     * aggregates settling at the same time ({@link Removals}); the rest goes again, in order.
     */
    private CompletableFuture<Boolean> settle(Sending sending) {
        List<PendingEvent> acknowledged = sending.acknowledged();
        if (acknowledged.isEmpty()) {
            return CompletableFuture.completedFuture(refusedNone(sending));
        }
        return removals.remove(sending.aggregateId(), removal(acknowledged))
                .handle((removed, e) -> e == null ? refusedNone(sending) : notRemoved(sending, e));
    }

    /**
     * Sent but still in the document: forget them, so the sweep sends them again (a duplicate that consumers absorb)
     * and removes them then, instead of skipping them for ever.
     */
    private boolean notRemoved(Sending sending, Throwable e) {
        sending.sent().forEach(event -> handled.remove(event.eventId()));
        log.warn(
                "Events of {} were sent but not removed from the outbox; the sweep retries: {}",
                sending.aggregateId(),
                e.toString());
        events.publishEvent(new OutboxSendFailed(sending.aggregateId()));
        return false;
    }

    /** True when the broker took every event; otherwise those from the refused one on go again with the sweep. */
    private boolean refusedNone(Sending sending) {
        int acknowledged = sending.acknowledged().size();
        List<PendingEvent> again =
                sending.sent().subList(acknowledged, sending.sent().size());
        again.forEach(event -> handled.remove(event.eventId()));
        if (again.isEmpty()) {
            return true;
        }
        log.warn(
                "The broker refused event {} of {}; the sweep retries it: {}",
                again.get(0).eventId(),
                sending.aggregateId(),
                cause(sending.answers().get(acknowledged)));
        events.publishEvent(new OutboxSendFailed(sending.aggregateId()));
        return false;
    }

    private Update removal(List<PendingEvent> acknowledged) {
        List<String> ids = acknowledged.stream().map(PendingEvent::eventId).toList();
        Update update = new Update().pull(OutboxCollection.FIELD, new Document("eventId", new Document("$in", ids)));
        if (collection.versionField() != null) {
            update.inc(collection.versionField(), 1);
        }
        return update;
    }

    private static String cause(CompletableFuture<Void> answer) {
        return answer.handle((ok, e) -> String.valueOf(e)).join();
    }
}
