package nl.wegwijs.benchmarks.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.wegwijs.benchmarks.Samples;
import nl.wegwijs.platform.client.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Clients that post intakes as an officer's system would across crashes: each intake has its own idempotency key, and
 * a request that got no answer (connection refused or reset, a 5xx while the platform starts) is sent again with the
 * same key until it is answered.
 */
final class FaultLoad implements AutoCloseable {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    /** One intake the platform answered 201 (or 200 for a repeat): its key, newcomer and referrals. */
    record Accepted(String key, UUID newcomerId, List<UUID> referrals) {}

    private final ApiClient client;
    private final String url;
    private final int intakes;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final ExecutorService clients;
    private final Duration interval;

    /** @param perSecond intakes per second over all clients while the platform is up, as an office would send */
    FaultLoad(ApiClient client, String intakeUrl, int intakes, int clientCount, double perSecond) {
        this.client = client;
        this.url = intakeUrl + "/api/newcomers";
        this.intakes = intakes;
        this.interval = Duration.ofNanos((long) (clientCount * 1e9 / perSecond));
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int c = 0; c < clientCount; c++) {
            clients.submit(this::postUntilDone);
        }
    }

    /** Throws if a client stopped on an answer that was a refusal rather than an outage. */
    void checkNoRefusal() {
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }

    int acceptedCount() {
        return accepted.size();
    }

    long retries() {
        return retries.get();
    }

    List<Accepted> accepted() {
        return new ArrayList<>(accepted.values());
    }

    /** Waits until every intake was answered; fails on the first answer that was a refusal, not an outage. */
    void awaitAll(Duration timeout) throws InterruptedException {
        clients.shutdown();
        boolean done = clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        if (!done) {
            throw new IllegalStateException(
                    "Only " + accepted.size() + " of " + intakes + " intakes were answered within " + timeout);
        }
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    private void postUntilDone() {
        for (int n = next.getAndIncrement(); n < intakes && failure.get() == null; n = next.getAndIncrement()) {
            long begin = System.nanoTime();
            String key = "fault-" + run + "-" + n;
            String body = Samples.intakeWithThreeReferrals(n);
            while (!accepted.containsKey(key) && !Thread.currentThread().isInterrupted()) {
                try {
                    ApiClient.Reply reply = client.post(url, "intake-officer", body, key);
                    if (reply.status() == 201 || reply.status() == 200) {
                        Accepted answered = readOrNull(key, reply);
                        if (answered == null) {
                            return;
                        }
                        accepted.put(key, answered);
                    } else if (reply.status() >= 500 || reply.status() == 401) {
                        retry();
                    } else {
                        failure.compareAndSet(
                                null, "Intake " + key + " answered " + reply.status() + ": " + reply.body());
                        return;
                    }
                } catch (RuntimeException noAnswer) {
                    // Connection refused or reset, or no token while the issuer starts: the platform is down.
                    retry();
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            if (took.compareTo(interval) < 0) {
                sleep(interval.minus(took));
            }
        }
    }

    private void retry() {
        retries.incrementAndGet();
        sleep(RETRY_PAUSE);
    }

    /** The answer read, or null (and the run failed) when a 201 does not carry the newcomer and its referrals. */
    private Accepted readOrNull(String key, ApiClient.Reply reply) {
        try {
            return read(key, reply.json());
        } catch (RuntimeException unreadable) {
            failure.compareAndSet(null, "Intake " + key + " answered " + reply.status() + " with " + reply.body());
            return null;
        }
    }

    private static Accepted read(String key, JsonNode intake) {
        List<UUID> referrals = new ArrayList<>();
        for (JsonNode referral : intake.get("referrals")) {
            referrals.add(UUID.fromString(referral.get("referralId").asString()));
        }
        return new Accepted(key, UUID.fromString(intake.get("newcomerId").asString()), referrals);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
