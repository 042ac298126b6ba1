package nl.wegwijs.benchmarks.faults;

import java.time.Clock;
import java.time.Duration;
import nl.wegwijs.platform.PlatformSettings;
import nl.wegwijs.platform.ReadyBanner;
import nl.wegwijs.platform.WegwijsPlatform;

/**
 * The platform's own main, with every service's clock running a set time ahead of the machine's: the fault suite
 * jumps weeks forward so that every open referral is overdue and escalation mails become due at once.
 */
public final class OffsetClockPlatformMain {

    static final String OFFSET_PROPERTY = "wegwijs.faults.clock-offset";

    public static void main(String[] args) {
        Duration offset = Duration.parse(System.getProperty(OFFSET_PROPERTY, "PT0S"));
        WegwijsPlatform platform =
                WegwijsPlatform.start(PlatformSettings.from(args), Clock.offset(Clock.systemUTC(), offset));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "wegwijs-platform-shutdown"));
        System.out.println(ReadyBanner.render(platform));
    }

    private OffsetClockPlatformMain() {}
}
