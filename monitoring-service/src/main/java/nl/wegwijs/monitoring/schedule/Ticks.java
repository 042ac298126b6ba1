package nl.wegwijs.monitoring.schedule;

import nl.wegwijs.monitoring.sla.SlaScanner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The periodic work: the SLA scan only. The gauges follow events and need no schedule (ADR 16); tests switch it off
 * and call the ticks themselves with a controllable clock.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "wegwijs.monitoring.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Ticks {

    private final SlaScanner scanner;

    Ticks(SlaScanner scanner) {
        this.scanner = scanner;
    }

    @Scheduled(fixedDelayString = "${wegwijs.monitoring.scan-interval:PT1M}")
    void scan() {
        scanner.tick();
    }
}
