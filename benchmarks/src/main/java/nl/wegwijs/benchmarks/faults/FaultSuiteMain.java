package nl.wegwijs.benchmarks.faults;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./mvnw -pl benchmarks -am -Pfaults -DskipTests verify} runs this with {@code --size=full}: 20 SIGKILLs over
 * 5,000 intakes; the report goes to standard output and {@code benchmarks/results/faults-latest.md}.
 */
public final class FaultSuiteMain {

    private FaultSuiteMain() {}

    public static void main(String[] args) throws Exception {
        FaultSuite.Size size = FaultSuite.Size.FULL;
        Path out = Path.of("benchmarks/results/faults-latest.md");
        for (String arg : args) {
            if (arg.equals("--size=smoke")) {
                size = FaultSuite.Size.SMOKE;
            } else if (arg.equals("--size=full")) {
                size = FaultSuite.Size.FULL;
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "; use --size=full|smoke --out=FILE");
            }
        }
        FaultSuite.Report report =
                FaultSuite.run(size, Path.of(System.getProperty("java.io.tmpdir"), "wegwijs-faults"), 2017);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.markdown());
        System.out.println(report.markdown());
        System.out.println("Written to " + out.toAbsolutePath());
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }
}
