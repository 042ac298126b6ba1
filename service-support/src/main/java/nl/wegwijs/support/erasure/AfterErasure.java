package nl.wegwijs.support.erasure;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a clean-up after erasures (docs/adr/0027), off the caller's thread and one at a time: at once, and again
 * {@link #REPEAT_AFTER} after the latest erasure, because records already on their way when an erasure ran (a
 * partner's inbox delivery, a partner's response) are written after it, and the second run takes those too. A request
 * for a clean-up still waiting to run is covered by it.
 */
public final class AfterErasure implements AutoCloseable {

    public static final Duration REPEAT_AFTER = Duration.ofSeconds(30);

    private final ScheduledExecutorService runner;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Map<String, ScheduledFuture<?>> repeats = new ConcurrentHashMap<>();

    public AfterErasure(String threadName) {
        runner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param cleanUp what to run, at once and again later; {@code key} names it among those of this runner */
    public void run(String key, Runnable cleanUp) {
        if (waiting.add(key)) {
            runner.execute(() -> {
                waiting.remove(key);
                cleanUp.run();
            });
        }
        repeats.compute(key, (name, scheduled) -> {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            return runner.schedule(cleanUp, REPEAT_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
