package nl.wegwijs.benchmarks.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.platform.client.ApiClient;
import nl.wegwijs.platform.issuer.DevClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill-mid-stream suite (ADR 10): the platform runs as a process of its own on one data folder while clients post
 * intakes with idempotency keys; it is killed with SIGKILL (or stopped with SIGTERM) at random moments,
 * started again on the same data, and the clients send again what got no answer. At the end the {@link Invariants}
 * must hold: nothing acknowledged is lost, nothing is duplicated. Then the {@link SmtpOutageCycle} makes escalation
 * mails fall due while the SMTP server is down and kills the platform again: every due mail must arrive once.
 */
public final class FaultSuite {

    private static final Logger log = LoggerFactory.getLogger(FaultSuite.class);
    private static final int CLIENTS = 4;
    private static final Duration STOP_WAIT = Duration.ofMinutes(10);
    private static final Duration NO_PROGRESS = Duration.ofMinutes(3);
    private static final Duration MAX_SETTLE = Duration.ofHours(1);

    /**
     * How big a run is: intakes, the rate at which they are posted while the platform is up, and how many stops of
     * each kind fall at random moments while they are posted.
     */
    public record Size(int intakes, double perSecond, int kills, int sigterms, int killsWithoutSmtp) {
        public static final Size SMOKE = new Size(240, 4, 3, 1, 1);
        public static final Size FULL = new Size(5_000, 4, 20, 5, 3);
    }

    /** What a run did and found. */
    public record Report(
            Size size,
            int accepted,
            int kills,
            List<Duration> sigtermStops,
            long retries,
            SmtpOutageCycle.Result mail,
            Duration elapsed,
            List<String> violations) {

        public String markdown() {
            return """
                    # Fault suite (kill mid-stream)

                    - date: %s
                    - intakes answered: %d of %d, with %d referrals; requests sent again after no answer: %d
                    - stops: %d SIGKILL, %d SIGTERM (took %s)
                    - SMTP outage: %d SIGKILL while the SMTP server was down; mails that fell due and were sent: %d, \
                    received by the SMTP server: %d
                    - elapsed: %d s
                    - lost or duplicated: %s
                    """.formatted(
                            Instant.now(),
                            accepted,
                            size.intakes(),
                            accepted * 3,
                            retries,
                            kills,
                            sigtermStops.size(),
                            sigtermStops.stream().map(d -> d.toMillis() + " ms").toList(),
                            size.killsWithoutSmtp(),
                            mail.sent(),
                            mail.received(),
                            elapsed.toSeconds(),
                            violations.isEmpty() ? "0" : String.join("; ", violations));
        }
    }

    private FaultSuite() {}

    public static Report run(Size size, Path workDir, long seed) throws Exception {
        Files.createDirectories(workDir);
        Path data = workDir.resolve("data-" + System.nanoTime());
        PlatformProcess platform = new PlatformProcess(data);
        Random random = new Random(seed);
        long start = System.nanoTime();
        List<Duration> sigtermStops = new ArrayList<>();
        int kills = 0;
        platform.start();
        try {
            ApiClient client = new ApiClient(
                    platform.url("issuer-port"),
                    DevClients.forDirectory(PartnerDirectory.loadDefault(), java.util.Map.of()));
            try (FaultLoad load =
                    new FaultLoad(client, platform.url("intake-port"), size.intakes(), CLIENTS, size.perSecond())) {
                for (Stop stop : stops(size, random)) {
                    long waitUntil = System.nanoTime() + STOP_WAIT.toNanos();
                    while (load.acceptedCount() < stop.afterIntakes()) {
                        load.checkNoRefusal();
                        if (System.nanoTime() > waitUntil) {
                            throw new IllegalStateException("Only " + load.acceptedCount() + " intakes answered after "
                                    + STOP_WAIT + " waiting for " + stop.afterIntakes());
                        }
                        Thread.sleep(50);
                    }
                    Thread.sleep(random.nextInt(1_000)); // not always right after an answer
                    if (stop.sigterm()) {
                        Duration took = platform.stop();
                        sigtermStops.add(took);
                        log.info(
                                "Fault suite: SIGTERM after {} intakes, stopped in {} ms",
                                load.acceptedCount(),
                                took.toMillis());
                    } else {
                        platform.kill();
                        kills++;
                        log.info("Fault suite: SIGKILL {} after {} intakes", kills, load.acceptedCount());
                    }
                    platform.start();
                }
                load.awaitAll(Duration.ofMinutes(30));
                Invariants invariants =
                        new Invariants(platform.mongoConnectionString(), platform.kafkaBootstrapServers());
                List<String> violations = new ArrayList<>(settle(invariants, load.accepted(), size));
                SmtpOutageCycle.Result mail = SmtpOutageCycle.run(platform, size.killsWithoutSmtp(), random);
                violations.addAll(mail.violations());
                return new Report(
                        size,
                        load.acceptedCount(),
                        kills,
                        sigtermStops,
                        load.retries(),
                        mail,
                        Duration.ofNanos(System.nanoTime() - start),
                        violations);
            }
        } finally {
            platform.stop();
        }
    }

    /**
     * The pipeline works off the backlog the restarts left (a large one after a long run); the invariants must hold
     * once it has. Settling goes on while what is outstanding keeps shrinking, and ends after three minutes without
     * progress (or an hour in all): what is outstanding then is lost.
     */
    private static List<String> settle(Invariants invariants, List<FaultLoad.Accepted> accepted, Size size)
            throws InterruptedException {
        Duration pause = Duration.ofMillis(Math.max(2_000, 2L * size.intakes()));
        long giveUp = System.nanoTime() + MAX_SETTLE.toNanos();
        long lastProgress = System.nanoTime();
        List<String> violations = invariants.violations(accepted);
        long outstanding = outstanding(violations);
        while (!violations.isEmpty()
                && System.nanoTime() - lastProgress < NO_PROGRESS.toNanos()
                && System.nanoTime() < giveUp) {
            log.info("Fault suite: settling, still {}", violations);
            Thread.sleep(pause.toMillis());
            violations = invariants.violations(accepted);
            if (outstanding(violations) < outstanding) {
                outstanding = outstanding(violations);
                lastProgress = System.nanoTime();
            }
        }
        return violations;
    }

    /** The sum of the counts every violation starts with ("12 referrals missing ..."). */
    private static long outstanding(List<String> violations) {
        return violations.stream()
                .mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(' '))))
                .sum();
    }

    /** One stop: after how many answered intakes, and whether it is a SIGTERM or a SIGKILL. */
    private record Stop(int afterIntakes, boolean sigterm) {}

    /** The stops at random points between 5 % and 90 % of the intakes, so each falls while intakes are posted. */
    private static List<Stop> stops(Size size, Random random) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < size.kills() + size.sigterms(); i++) {
            int after = (int) (size.intakes() * (0.05 + 0.85 * random.nextDouble()));
            stops.add(new Stop(after, i >= size.kills()));
        }
        stops.sort(java.util.Comparator.comparingInt(Stop::afterIntakes));
        return stops;
    }
}
