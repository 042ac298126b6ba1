package nl.wegwijs.monitoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.MutableClock;
import nl.wegwijs.monitoring.sla.FollowUpTimers;
import nl.wegwijs.monitoring.sla.OpenBacklog;
import nl.wegwijs.monitoring.sla.SlaScanner;
import nl.wegwijs.monitoring.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

class MetricsTest extends MonitoringTestBase {

    private static final String ACK_BUCKET_1D =
            "wegwijs_referral_phase_duration_seconds_bucket{outcome=\"received\",partner=\"CJG\",phase=\"ACKNOWLEDGE\",le=\"86400.0\"}";
    private static final String ACK_BUCKET_2D =
            "wegwijs_referral_phase_duration_seconds_bucket{outcome=\"received\",partner=\"CJG\",phase=\"ACKNOWLEDGE\",le=\"172800.0\"}";
    private static final String OPEN_RECEIVED = "wegwijs_referrals_open{partner=\"CJG\",status=\"RECEIVED\"}";
    private static final String OPEN_REQUESTED = "wegwijs_referrals_open{partner=\"CJG\",status=\"REQUESTED\"}";
    private static final String STALLED_ACK_1 =
            "wegwijs_referrals_stalled{level=\"1\",partner=\"CJG\",phase=\"ACKNOWLEDGE\"}";
    private static final String BREACHES_ACK_1 =
            "wegwijs_sla_breaches_total{level=\"1\",partner=\"CJG\",phase=\"ACKNOWLEDGE\"}";
    private static final String FOLLOW_UPS_OVERDUE_1 = "wegwijs_followups_overdue{number=\"1\"}";
    private static final String ISSUED_TO_RECEIVED =
            "wegwijs_pipeline_latency_seconds_count{stage=\"issued-to-received\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TimelineService timelines;

    @Autowired
    FollowUpTimers followUps;

    @Autowired
    SlaScanner scanner;

    @Autowired
    ReferralGauges gauges;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PartnerDirectory directory;

    @Test
    void afterAScriptedFlowPrometheusShowsTheSloBucketsGaugesAndCounters() throws Exception {
        gauges.refresh();
        String before = scrape();

        // Acknowledged after exactly one day, and a second referral that nobody acknowledges.
        Events acknowledged = new Events(PartnerCode.CJG);
        at("2029-01-08T09:00:00Z");
        timelines.record(acknowledged.to(ReferralStatus.REQUESTED, clock.instant()));
        Events ignored = new Events(PartnerCode.CJG);
        timelines.record(ignored.to(ReferralStatus.REQUESTED, clock.instant()));
        followUps.scheduled(new FollowUpScheduled(
                UUID.randomUUID(), clock.instant(), "GM0355", UUID.randomUUID(), 1, LocalDate.of(2028, 12, 1)));
        at("2029-01-09T09:00:00Z");
        timelines.record(acknowledged.to(ReferralStatus.RECEIVED, clock.instant()));
        // The second working day after Monday 8 January ends at midnight on Wednesday 10 January; the follow-up due
        // 1 December 2028 had 20 working days of grace up to 3 January.
        at("2029-01-11T09:00:00Z");
        scanner.tick();
        String after = scrape(); // no refresh: the gauges followed the events

        assertThat(value(after, ACK_BUCKET_1D) - value(before, ACK_BUCKET_1D)).isEqualTo(1);
        assertThat(value(after, ACK_BUCKET_2D) - value(before, ACK_BUCKET_2D)).isEqualTo(1);
        assertThat(value(after, OPEN_RECEIVED) - value(before, OPEN_RECEIVED)).isEqualTo(1);
        assertThat(value(after, OPEN_REQUESTED) - value(before, OPEN_REQUESTED)).isEqualTo(1);
        assertThat(value(after, STALLED_ACK_1) - value(before, STALLED_ACK_1)).isEqualTo(1);
        assertThat(value(after, BREACHES_ACK_1) - value(before, BREACHES_ACK_1)).isEqualTo(1);
        assertThat(value(after, FOLLOW_UPS_OVERDUE_1) - value(before, FOLLOW_UPS_OVERDUE_1))
                .isEqualTo(1);
        assertThat(value(after, ISSUED_TO_RECEIVED) - value(before, ISSUED_TO_RECEIVED))
                .isEqualTo(1);
        assertThat(after)
                .doesNotContain(
                        acknowledged.referralId().toString(),
                        ignored.newcomerId().toString());
    }

    @Test
    void gaugesAreRebuiltFromTheStoreAfterARestart() throws Exception {
        Events waiting = new Events(PartnerCode.CJG);
        at("2029-03-05T09:00:00Z");
        timelines.record(waiting.to(ReferralStatus.REQUESTED, clock.instant()));
        gauges.refresh();
        String running = scrape();

        SimpleMeterRegistry freshRegistry = new SimpleMeterRegistry();
        new ReferralGauges(mongo, new OpenBacklog(mongo), freshRegistry, directory);

        double rebuilt = freshRegistry
                .get(ReferralGauges.OPEN)
                .tags("partner", "CJG", "status", "REQUESTED")
                .gauge()
                .value();
        assertThat(rebuilt).isEqualTo(value(running, OPEN_REQUESTED)).isPositive();
    }

    @Test
    void prometheusNeedsTheMetricsOrCoordinatorRole() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER"))))
                .andExpect(status().isForbidden());
    }

    private String scrape() throws Exception {
        return mvc.perform(
                        get("/actuator/prometheus").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_METRICS"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The sample's value, 0 when the series is not there yet. */
    private static double value(String scrape, String series) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line ->
                        Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst()
                .orElse(0);
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
