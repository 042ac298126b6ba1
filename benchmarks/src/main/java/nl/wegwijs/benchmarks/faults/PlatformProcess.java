package nl.wegwijs.benchmarks.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.platform.PlatformSettings;

/**
 * The embedded platform in a process of its own, on one data folder and on the same ports at every start, so that it
 * can be killed with SIGKILL, stopped with SIGTERM and started again while clients keep their addresses.
 */
final class PlatformProcess {

    private static final String READY = "Wegwijs is ready";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Path dataDir;
    private final Path log;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<String> extraArguments = new ArrayList<>();
    private Duration clockOffset = Duration.ZERO;
    private Process process;

    PlatformProcess(Path dataDir) {
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-platform.log");
        for (String port : PlatformSettings.PORTS) {
            ports.put(port, freePort());
        }
    }

    /**
     * From the next start on, the platform's clock runs {@code offset} ahead and each service gets these variables
     * (as {@code --wegwijs.platform.service-properties.<name>}).
     */
    void startFromNowOn(Duration offset, Map<String, String> serviceVariables) {
        clockOffset = offset;
        extraArguments.clear();
        serviceVariables.forEach(
                (name, value) -> extraArguments.add("--wegwijs.platform.service-properties." + name + "=" + value));
    }

    /** Starts the platform and returns once its ready banner is printed. */
    void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Djava.io.tmpdir=" + dataDir.getParent(),
                "-D" + OffsetClockPlatformMain.OFFSET_PROPERTY + "=" + clockOffset,
                "-cp",
                System.getProperty("java.class.path"),
                OffsetClockPlatformMain.class.getName(),
                "--wegwijs.platform.data-dir=" + dataDir));
        ports.forEach((name, port) -> command.add("--wegwijs.platform." + name + "=" + port));
        command.addAll(extraArguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the platform process", e);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyOutput(process, ready), "platform-output");
        copier.setDaemon(true);
        copier.start();
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("The platform did not start; its output is in " + log, e);
        }
    }

    /** SIGKILL: nothing is flushed, closed or handed over. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the platform's shutdown hook runs. */
    Duration stop() {
        if (process == null || !process.isAlive()) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        process.destroy();
        awaitExit();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    String url(String portName) {
        return "http://localhost:" + ports.get(portName);
    }

    String kafkaBootstrapServers() {
        return "localhost:" + ports.get("kafka-port");
    }

    String mongoConnectionString() {
        return "mongodb://localhost:" + ports.get("mongo-port");
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void copyOutput(Process running, CompletableFuture<Void> ready) {
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(
                        log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                file.println(line);
                if (line.contains(READY)) {
                    file.flush();
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("The platform process ended before it was ready"));
    }

    /** Below the ephemeral range, so no outgoing connection takes it between a restart's stop and start. */
    static int freePort() {
        return PlatformSettings.freePort();
    }
}
