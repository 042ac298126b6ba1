package nl.wegwijs.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.platform.PlatformSettings;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.time.AdjustableClock;

/**
 * {@code --demo=zeist-2017}: the platform on a simulated clock from 1 December 2016, in its own freshly wiped data
 * folder ({@code ./data/demo-zeist-2017} unless {@code --wegwijs.platform.data-dir} says otherwise), with the Zeist
 * pilot replayed into it; then it keeps running for a look around.
 */
public final class ZeistDemo {

    public static final String SWITCH = "--demo=zeist-2017";
    public static final long SEED = 2017L;

    private ZeistDemo() {}

    /** Whether the arguments ask for a demo; an unknown demo is refused. */
    public static boolean requested(String... args) {
        for (String arg : args) {
            if (arg.startsWith("--demo=")) {
                if (!arg.equals(SWITCH)) {
                    throw new IllegalArgumentException("Unknown demo " + arg + "; the one there is: " + SWITCH);
                }
                return true;
            }
        }
        return false;
    }

    /** Starts the platform in the demo's data folder, replays the pilot, prints the report; the caller prints the banner. */
    public static WegwijsPlatform startAndReplay(String... args) {
        PlatformSettings settings = PlatformSettings.from(demoArguments(args));
        wipe(settings.dataDir());
        AdjustableClock clock = AdjustableClock.startingAt(ZeistPilotReplay.START);
        WegwijsPlatform platform = WegwijsPlatform.start(settings, clock);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "wegwijs-platform-shutdown"));
        ZeistPilotReplay.Result result;
        try {
            result = ZeistPilotReplay.run(platform, clock, SEED);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        System.out.println(result.table());
        System.out.println("The simulated clock stands at " + clock.instant() + " (the pilot's measurement day).");
        return platform;
    }

    /** The user's arguments plus the demo's defaults for what the user did not set. */
    static String[] demoArguments(String... args) {
        List<String> result = new ArrayList<>(
                Arrays.stream(args).filter(arg -> !arg.startsWith("--demo=")).toList());
        if (result.stream().noneMatch(arg -> arg.startsWith("--wegwijs.platform.data-dir="))
                && System.getenv("WEGWIJS_PLATFORM_DATA_DIR") == null) {
            result.add("--wegwijs.platform.data-dir=./data/demo-zeist-2017");
        }
        if (result.stream()
                .noneMatch(arg -> arg.startsWith("--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL="))) {
            result.add("--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S");
        }
        return result.toArray(String[]::new);
    }

    /** Wipes the demo's folder; a folder not named {@code demo-*} is never wiped, so the demo cannot eat real data. */
    private static void wipe(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        Path name = dataDir.toAbsolutePath().normalize().getFileName();
        if (name == null || !name.toString().startsWith("demo-")) {
            throw new IllegalArgumentException(
                    "The demo wipes its data folder first; give it one named demo-*, not " + dataDir);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not wipe the demo's data folder " + dataDir, e);
        }
    }
}
