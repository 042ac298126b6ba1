package nl.wegwijs.monitoring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import nl.wegwijs.contracts.SlaPhase;
import org.springframework.stereotype.Component;

/** The counters and timers of docs/design.md section 8. Tags never carry a person or referral id. */
@Component
public class SlaMetrics {

    static final String PHASE_DURATION = "wegwijs.referral.phase.duration";
    static final String BREACHES = "wegwijs.sla.breaches";
    static final String PIPELINE_LATENCY = "wegwijs.pipeline.latency";
    static final String UNPUBLISHED = "wegwijs.escalations.unpublished";

    private static final Duration[] SLO_DAYS = {
        Duration.ofDays(1),
        Duration.ofDays(2),
        Duration.ofDays(5),
        Duration.ofDays(10),
        Duration.ofDays(20),
        Duration.ofDays(40),
        Duration.ofDays(90)
    };

    private final MeterRegistry registry;

    SlaMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void breached(String partner, SlaPhase phase, int level) {
        Counter.builder(BREACHES)
                .description("SLA levels fired")
                .tag("partner", partner)
                .tag("phase", phase.name())
                .tag("level", String.valueOf(level))
                .register(registry)
                .increment();
    }

    /** An escalation the broker did not take; the next scan tries again. */
    public void unpublished() {
        Counter.builder(UNPUBLISHED)
                .description("Escalations a scan could not publish and left for the next scan")
                .register(registry)
                .increment();
    }

    void phaseEnded(String partner, SlaPhase phase, String outcome, Duration took) {
        Timer.builder(PHASE_DURATION)
                .description("Time a referral spent in an SLA phase")
                .tag("partner", partner)
                .tag("phase", phase.name())
                .tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(SLO_DAYS)
                .register(registry)
                .record(took);
    }

    void pipeline(String stage, Duration took) {
        Timer.builder(PIPELINE_LATENCY)
                .description("Latency between pipeline stages")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }
}
