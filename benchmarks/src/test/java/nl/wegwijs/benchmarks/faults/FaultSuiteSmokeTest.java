package nl.wegwijs.benchmarks.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The kill-mid-stream suite at a small size inside the test command: three SIGKILLs and one SIGTERM while a few
 * hundred intakes are posted; every intake answered is there once, with its referrals delivered and monitored. Then
 * escalation mails fall due while the SMTP server is down and the platform is killed once more: each arrives once.
 */
class FaultSuiteSmokeTest {

    @Test
    void nothingAcknowledgedIsLostOrDuplicatedAcrossKills() throws Exception {
        FaultSuite.Report report = FaultSuite.run(FaultSuite.Size.SMOKE, Path.of("target", "faults-smoke"), 2017);
        System.out.println(report.markdown());

        assertThat(report.kills()).isEqualTo(3);
        assertThat(report.sigtermStops()).hasSize(1);
        assertThat(report.accepted()).isEqualTo(FaultSuite.Size.SMOKE.intakes());
        assertThat(report.mail().sent()).isPositive();
        assertThat(report.mail().received()).isEqualTo(report.mail().sent());
        assertThat(report.violations()).isEmpty();
    }
}
