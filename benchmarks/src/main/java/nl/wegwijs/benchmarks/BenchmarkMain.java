package nl.wegwijs.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./mvnw -pl benchmarks -am -Pbench -DskipTests verify} runs this with {@code --scale=full}: every benchmark on
 * one embedded platform, a table on standard output and the same in {@code benchmarks/results/latest.md}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.FULL;
        Path out = Path.of("benchmarks/results/latest.md");
        for (String arg : args) {
            if (arg.startsWith("--scale=")) {
                scale = Scale.named(arg.substring("--scale=".length()));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "; use --scale=full|smoke --out=FILE");
            }
        }
        BenchmarkRun run = new BenchmarkRun(scale, Path.of(System.getProperty("java.io.tmpdir"), "wegwijs-bench"));
        int status = 0;
        try {
            run.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // What was measured is written even when a later benchmark failed; the exit status says it failed.
        String report = run.markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
        System.exit(status); // the Kafka and Spring threads of a closed platform can linger a few seconds
    }
}
