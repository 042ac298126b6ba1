package nl.wegwijs.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU goes while a benchmark runs: a JDK Flight Recorder recording of execution samples only, with each
 * sample attributed to the component of its innermost frame that is not JDK code.
 *
 * <p>The first recording in a JVM throws away its compiled code: a round of the pipeline's throughput that ran at
 * about 22 intakes/s without a recording ran at 9 with one started just before it, while the JIT compiled everything
 * again. So {@link #prepare()} starts the recorder before the platform does. Events that the recorder gets by
 * rewriting JDK classes (socket and file reads, in the "profile" settings) would throw compiled code away again, so
 * only the sampler is on (ADR 37).
 */
final class CpuProfile implements AutoCloseable {

    /** Package prefixes and the component they stand for, first match wins. */
    private static final Map<String, String> COMPONENTS = components();

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(10);

    private final Recording recording;

    private CpuProfile(Recording recording) {
        this.recording = recording;
    }

    /** Starts the flight recorder before the code to be measured is compiled; call it once, first thing. */
    static void prepare() {
        try (Recording first = new Recording()) {
            first.enable("jdk.CPULoad");
            first.start();
            first.stop();
        }
    }

    static CpuProfile start() {
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(SAMPLE_EVERY);
        recording.start();
        return new CpuProfile(recording);
    }

    /**
     * @param components the share of samples per component, largest first, in per cent
     * @param javaSerialization the share of samples with Java serialization anywhere in the stack (the embedded store's
     *     H2 backend keeps documents and index keys as serialized Java objects), in per cent
     */
    record Shares(Map<String, Double> components, double javaSerialization) {}

    /** Stops and returns where the samples went. */
    Shares stop(Path file) throws IOException {
        recording.stop();
        Files.createDirectories(file.getParent());
        recording.dump(file);
        Map<String, Integer> samples = new HashMap<>();
        int total = 0;
        int serializing = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples.merge(component(event.getStackTrace().getFrames()), 1, Integer::sum);
            total++;
            if (serializes(event.getStackTrace().getFrames())) {
                serializing++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        int all = Math.max(1, total);
        samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> shares.put(entry.getKey(), 100.0 * entry.getValue() / all));
        return new Shares(shares, 100.0 * serializing / all);
    }

    private static boolean serializes(List<RecordedFrame> frames) {
        return frames.stream()
                .filter(frame -> frame.isJavaFrame() && frame.getMethod() != null)
                .map(frame -> frame.getMethod().getType().getName())
                .anyMatch(
                        type -> type.equals("java.io.ObjectOutputStream") || type.equals("java.io.ObjectInputStream"));
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
                if (type.startsWith(component.getKey())) {
                    if (component.getValue().isEmpty()) {
                        break; // JDK code: attribute to the caller
                    }
                    return component.getValue();
                }
            }
            if (!type.startsWith("java.")
                    && !type.startsWith("javax.")
                    && !type.startsWith("jdk.")
                    && !type.startsWith("sun.")) {
                return "other libraries";
            }
        }
        return "JDK code only";
    }

    private static Map<String, String> components() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("org.h2.", "store: H2 (mongo-java-server's backend)");
        map.put("de.bwaldvogel.", "store: mongo-java-server");
        map.put("com.mongodb.", "MongoDB driver");
        map.put("org.bson.", "MongoDB driver");
        map.put("org.springframework.data.", "Spring Data MongoDB mapping");
        map.put("kafka.", "Kafka broker");
        map.put("org.apache.kafka.", "Kafka (clients and broker)");
        map.put("scala.", "Kafka broker");
        map.put("tools.jackson.", "JSON (Jackson)");
        map.put("com.fasterxml.jackson.", "JSON (Jackson)");
        map.put("com.networknt.", "JSON Schema validation");
        map.put("org.apache.catalina.", "HTTP (Tomcat)");
        map.put("org.apache.coyote.", "HTTP (Tomcat)");
        map.put("org.apache.tomcat.", "HTTP (Tomcat)");
        map.put("org.springframework.security.", "security (JWT)");
        map.put("com.nimbusds.", "security (JWT)");
        map.put("io.micrometer.", "metrics (Micrometer)");
        map.put("ch.qos.logback.", "logging");
        map.put("org.slf4j.", "logging");
        map.put("io.netty.", "store: mongo-java-server (Netty)");
        map.put("org.springframework.", "Spring (web, messaging, binder)");
        map.put("nl.wegwijs.", "Wegwijs code");
        map.put("java.", "");
        map.put("javax.", "");
        map.put("jdk.", "");
        map.put("sun.", "");
        return map;
    }

    @Override
    public void close() {
        recording.close();
    }
}
