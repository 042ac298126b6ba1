package nl.wegwijs.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./mvnw -pl benchmarks -am -Pbench -DskipTests verify} runs this with {@code --scale=full}: every benchmark on
 * one embedded platform, a table on standard output and the same in {@code benchmarks/results/latest.md}
 * ({@code -Dbench.scale=quick} or {@code smoke}: in {@code benchmarks/target/}).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.FULL;
        String out = "";
        for (String arg : args) {
            if (arg.startsWith("--scale=")) {
                scale = Scale.named(arg.substring("--scale=".length()));
            } else if (arg.startsWith("--out=")) {
                out = arg.substring("--out=".length());
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument " + arg + "; use --scale=full|quick|smoke --out=FILE");
            }
        }
        Path report = out.isEmpty() ? defaultReport(scale) : Path.of(out);
        BenchmarkRun run = new BenchmarkRun(scale, Path.of(System.getProperty("java.io.tmpdir"), "wegwijs-bench"));
        int status = 0;
        try {
            run.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // What was measured is written even when a later benchmark failed; the exit status says it failed.
        String markdown = run.markdown();
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + report.toAbsolutePath());
        System.exit(status); // the Kafka and Spring threads of a closed platform can linger a few seconds
    }

    /** Only a full run's figures are the project's latest; a quick or smoke run leaves them as they are. */
    private static Path defaultReport(Scale scale) {
        return scale == Scale.FULL
                ? Path.of("benchmarks/results/latest.md")
                : Path.of("benchmarks/target/" + scale.name() + "-results.md");
    }
}
