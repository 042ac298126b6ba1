package nl.wegwijs.monitoring.schedule;

import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.sla.SlaScanner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The periodic work; tests switch it off and call the ticks themselves with a controllable clock. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "wegwijs.monitoring.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Ticks {

    private final SlaScanner scanner;
    private final ReferralGauges gauges;

    Ticks(SlaScanner scanner, ReferralGauges gauges) {
        this.scanner = scanner;
        this.gauges = gauges;
    }

    @Scheduled(fixedDelayString = "${wegwijs.monitoring.scan-interval:PT1M}")
    void scan() {
        scanner.tick();
    }

    @Scheduled(
            initialDelayString = "${wegwijs.monitoring.gauge-refresh-interval:PT1M}",
            fixedDelayString = "${wegwijs.monitoring.gauge-refresh-interval:PT1M}")
    void refreshGauges() {
        gauges.refresh();
    }
}
