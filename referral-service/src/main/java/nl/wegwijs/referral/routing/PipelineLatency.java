package nl.wegwijs.referral.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code wegwijs.pipeline.latency{stage="intake-to-issued"}}: from the officer's intake to the referral issued. */
@Component
class PipelineLatency {

    static final String NAME = "wegwijs.pipeline.latency";

    private final Timer intakeToIssued;

    PipelineLatency(MeterRegistry registry) {
        intakeToIssued = Timer.builder(NAME)
                .description("Latency between pipeline stages")
                .tag("stage", "intake-to-issued")
                .publishPercentileHistogram()
                .register(registry);
    }

    void issued(Instant intakeAt, Instant issuedAt) {
        Duration took = Duration.between(intakeAt, issuedAt);
        if (!took.isNegative()) {
            intakeToIssued.record(took);
        }
    }
}
