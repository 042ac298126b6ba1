package nl.wegwijs.support.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.google.crypto.tink.Aead;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.support.memory.ClockTicker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Newcomer keys fetched from the intake service's key endpoint with this service's own token
 * (docs/adr/0025-crypto-shredding.md), held in memory for at most {@code holdFor} (and at most {@link #MAX_HELD}
 * of them) and dropped at once on {@link #forget}. A 410 means the newcomer was erased: the key is gone for good.
 */
public class RemoteNewcomerKeys implements NewcomerKeys {

    private static final Logger log = LoggerFactory.getLogger(RemoteNewcomerKeys.class);

    /** Keys held at most: the newcomers whose events a burst carries, not every newcomer ever seen. */
    static final int MAX_HELD = 10_000;

    static final Duration PATIENCE = Duration.ofMinutes(2);

    private final RestClient intake;
    private final ServiceToken token;
    private final Cache<UUID, Aead> held;
    /** Erased newcomers this process heard of; a few bytes each, and erasures are rare. */
    private final Set<UUID> forgotten = ConcurrentHashMap.newKeySet();

    public RemoteNewcomerKeys(RestClient intake, ServiceToken token, Duration holdFor, Clock clock) {
        this.intake = intake;
        this.token = token;
        this.held = Caffeine.newBuilder()
                .expireAfterWrite(holdFor)
                .maximumSize(MAX_HELD)
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                // Expired keys leave memory when they expire, not at the next write the cache sees.
                .scheduler(Scheduler.systemScheduler())
                .build();
    }

    @Override
    public Optional<Aead> aead(UUID newcomerId) {
        Aead key = held.getIfPresent(newcomerId);
        if (key != null) {
            return Optional.of(key);
        }
        if (forgotten.contains(newcomerId)) {
            return Optional.empty();
        }
        Optional<Aead> fetched =
                patientKeyset(newcomerId).map(keyset -> NewcomerKeysets.aead(NewcomerKeysets.fromJson(keyset)));
        fetched.ifPresent(aead -> held.put(newcomerId, aead));
        // A fetch that was under way when the erasure was read must not keep its key.
        if (forgotten.contains(newcomerId)) {
            held.invalidate(newcomerId);
            return Optional.empty();
        }
        return fetched;
    }

    /** The keys in memory, once the cache has dropped the expired ones. */
    long heldCount() {
        held.cleanUp();
        return held.estimatedSize();
    }

    /** Drops a newcomer's key from memory, on their erasure, and never holds it again. */
    public void forget(UUID newcomerId) {
        forgotten.add(newcomerId);
        held.invalidate(newcomerId);
    }

    /** The newcomer's Tink JSON keyset, fetched now and not held; empty once the newcomer is erased. */
    public Optional<String> keyset(UUID newcomerId) {
        try {
            KeyAnswer answer = intake.get()
                    .uri("/api/newcomer-keys/{id}", newcomerId)
                    .headers(headers -> headers.setBearerAuth(token.value()))
                    .retrieve()
                    .body(KeyAnswer.class);
            return Optional.of(answer.keyset());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.GONE) {
                log.debug("A newcomer's key is gone: erased");
                return Optional.empty();
            }
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                token.renew();
            }
            throw e;
        }
    }

    /**
     * For consumers: intake (or the issuer) not answering is waited out, up to {@link #PATIENCE}, rather than failing
     * the record, which would end on a dead-letter topic. After a restart of the whole platform the referral
     * service's consumers may read before intake answers (the crash smoke suite dead-lettered a NewcomerProfiled so).
     */
    private Optional<String> patientKeyset(UUID newcomerId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pauseMillis = 250;
        while (true) {
            try {
                return keyset(newcomerId);
            } catch (ResourceAccessException | HttpServerErrorException | HttpClientErrorException.Unauthorized e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                log.info(
                        "Intake gave no newcomer key ({}); trying again",
                        e.getClass().getSimpleName());
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
    }

    /** The key endpoint's answer: the newcomer's Tink JSON keyset. */
    public record KeyAnswer(UUID newcomerId, String keyset) {}
}
