package nl.wegwijs.monitoring.metrics;

import java.time.Duration;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.sla.Phases;
import nl.wegwijs.monitoring.timeline.StatusChange;
import nl.wegwijs.monitoring.timeline.Timeline;
import nl.wegwijs.monitoring.timeline.TransitionListener;
import org.springframework.stereotype.Component;

/** Records how long each phase took when a transition ends it, and the issued-to-received latency. */
@Component
class PhaseMetrics implements TransitionListener {

    private final SlaMetrics metrics;

    PhaseMetrics(SlaMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void afterSave(Timeline timeline, StatusChange change) {
        timeline.before(change).ifPresent(previous -> {
            Duration took = Duration.between(previous.at(), change.at());
            Phases.startedBy(previous.to())
                    .ifPresent(phase -> metrics.phaseEnded(
                            timeline.partner().value(), phase, change.to().name(), took));
            if (previous.to() == ReferralStatus.REQUESTED) {
                metrics.pipeline("issued-to-received", took);
            }
        });
    }
}
