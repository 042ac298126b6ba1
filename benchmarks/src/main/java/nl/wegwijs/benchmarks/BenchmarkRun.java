package nl.wegwijs.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.platform.PlatformSettings;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.support.store.StoreCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/** All benchmarks, in one run, on one embedded platform started for it on a fresh data folder. */
final class BenchmarkRun {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRun.class);
    private static final long GIB = 1024L * 1024 * 1024;

    private final Scale scale;
    private final Path workDir;
    private final Results results = new Results();

    BenchmarkRun(Scale scale, Path workDir) {
        this.scale = scale;
        this.workDir = workDir;
    }

    /** The same inserts into two fresh stores, one forcing each write to disk and one not (ADR 10). */
    private void durabilityCost(Path data, int inserts) throws Exception {
        log.info("Benchmark: store durability cost ({} inserts, twice)", inserts);
        StoreBaseline.Figures forced = StoreBaseline.runOnFreshStore(data.resolve("store-forced"), true, inserts);
        StoreBaseline.Figures background =
                StoreBaseline.runOnFreshStore(data.resolve("store-background"), false, inserts);
        results.add(
                "baseline",
                "store inserts, each forced to disk before it is acknowledged (" + StoreBaseline.THREADS
                        + " threads, fresh store)",
                Results.number(forced.insertsPerSecond()) + " documents/s, file "
                        + Footprint.mebibytes(forced.fileBytes()));
        results.add(
                "baseline",
                "the same with H2's background commit only (not durable: a crash loses about 1 s)",
                Results.number(background.insertsPerSecond()) + " documents/s, file "
                        + Footprint.mebibytes(background.fileBytes()) + "; forced runs at "
                        + Results.number(100 * forced.insertsPerSecond() / background.insertsPerSecond()) + " %");
    }

    Results run() throws Exception {
        Path data = Files.createDirectories(workDir).resolve("data-" + System.nanoTime());
        StoreCommands commands = new StoreCommands();
        CpuProfile.prepare();
        try (WegwijsPlatform platform = WegwijsPlatform.start(settings(data), Clock.systemUTC(), commands)) {
            double startSeconds = platform.startTime().toMillis() / 1000.0;
            results.addWithTarget(
                    "footprint",
                    "platform start to ready",
                    Results.number(startSeconds) + " s",
                    "<= 30 s",
                    startSeconds <= 30);

            log.info("Benchmark: producer baseline ({} records)", scale.baselineRecords());
            ProducerBaseline.Figures producer =
                    ProducerBaseline.run(platform.kafkaBrokerLogin(), scale.baselineRecords());
            results.add(
                    "baseline",
                    "raw producer (acks=all, idempotent, " + producer.recordBytes() + " B records)",
                    Results.number(producer.recordsPerSecond()) + " records/s ("
                            + Results.number(producer.megabytesPerSecond()) + " MiB/s)");

            log.info("Benchmark: store baseline ({} inserts)", scale.baselineStoreInserts());
            StoreBaseline.Figures store =
                    StoreBaseline.run(platform.mongoConnectionString(), scale.baselineStoreInserts());
            results.add(
                    "baseline",
                    "raw store inserts (" + StoreBaseline.THREADS + " threads, acknowledged)",
                    Results.number(store.insertsPerSecond()) + " documents/s");
            durabilityCost(data, scale.baselineStoreInserts());

            IntakeLoad load = new IntakeLoad(platform);
            PipelineProbe probe = new PipelineProbe(platform);
            warmUp(load, probe);
            throughput(load, probe, commands, producer, store);
            latency(platform, load, probe);

            long rss = Footprint.residentBytes();
            results.addWithTarget(
                    "footprint",
                    "resident memory after the pipeline load",
                    Footprint.mebibytes(rss),
                    "<= 1.5 GiB",
                    rss >= 0 && rss <= 1.5 * GIB);
            results.add(
                    "footprint",
                    "live heap after full collections, after the pipeline load (the heap budget's basis)",
                    Footprint.mebibytes(Footprint.liveHeapBytes()));

            scan(platform);
            results.add(
                    "footprint",
                    "resident memory after the SLA scan benchmark (its timers in the store)",
                    Footprint.mebibytes(Footprint.residentBytes()));
        } catch (Exception | Error e) {
            results.note("The run stopped early, so figures are missing: " + e);
            throw e;
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return results;
    }

    /**
     * The pipeline's first intakes after a start run while the JIT compiles most of the platform's code, which takes a
     * large share of the two cores for minutes (ADR 37). The measured run comes after this round, since a platform in
     * service has long been running; the JIT still compiles during it, less. This round's own figure is reported too.
     */
    private void warmUp(IntakeLoad load, PipelineProbe probe) throws Exception {
        log.info("Benchmark: warm-up ({} intakes, {} clients)", scale.warmUpIntakes(), scale.pipelineClients());
        PipelineThroughput.Figures cold = PipelineThroughput.run(
                load, probe, scale.warmUpIntakes(), scale.pipelineClients(), scale.drainTimeout());
        results.add(
                "pipeline",
                "warm-up: intakes/s end to end over the first " + cold.intakes() + " intakes after the start",
                Results.number(cold.intakesPerSecond()) + " (" + cold.intakes() + " in " + seconds(cold.elapsed())
                        + "; " + compiling(cold) + ")");
    }

    /** The JIT compilers' time is summed over their threads, so it can exceed the time the run took. */
    private static String compiling(PipelineThroughput.Figures figures) {
        return "JIT compilation " + seconds(figures.compiling()) + ", summed over the compiler threads";
    }

    private static String seconds(Duration duration) {
        return Results.number(duration.toMillis() / 1000.0) + " s";
    }

    private void throughput(
            IntakeLoad load,
            PipelineProbe probe,
            StoreCommands commands,
            ProducerBaseline.Figures producer,
            StoreBaseline.Figures store)
            throws Exception {
        log.info(
                "Benchmark: pipeline throughput ({} intakes, {} clients)",
                scale.pipelineIntakes(),
                scale.pipelineClients());
        PipelineThroughput.Figures pipeline;
        CpuProfile.Shares profile;
        commands.reset();
        try (CpuProfile cpu = CpuProfile.start()) {
            pipeline = PipelineThroughput.run(
                    load, probe, scale.pipelineIntakes(), scale.pipelineClients(), scale.drainTimeout());
            profile = cpu.stop(workDir.resolve("pipeline-throughput.jfr"));
        }
        double ratio = pipeline.recordsPerSecond() / producer.recordsPerSecond();
        results.add(
                "pipeline",
                "intakes (3 referrals each) until every RECEIVED is recorded, after the warm-up",
                pipeline.intakes() + " in " + seconds(pipeline.elapsed()) + " (" + compiling(pipeline) + ")");
        long operations = commands.total();
        results.add("pipeline", "intakes/s end to end", Results.number(pipeline.intakesPerSecond()));
        double operationsPerIntake = (double) operations / pipeline.intakes();
        results.addWithTarget(
                "pipeline",
                "store operations per intake, all services (" + operations + " over the run)",
                Results.number(operationsPerIntake),
                "<= 30",
                operationsPerIntake <= 30);
        results.add(
                "pipeline",
                "Kafka records per intake",
                Results.number((double) pipeline.kafkaRecords() / pipeline.intakes()));
        // The store-bound ceiling: what the pipeline could carry if the store did nothing but its operations.
        double ceiling = store.insertsPerSecond() / operationsPerIntake;
        double ofCeiling = pipeline.intakesPerSecond() / ceiling;
        results.addWithTarget(
                "pipeline",
                "intakes/s against the store-bound ceiling (raw store inserts/s / operations per intake = "
                        + Results.number(ceiling) + ")",
                percent(ofCeiling),
                ">= 50% of the ceiling",
                ofCeiling >= 0.5);
        results.addWithTarget(
                "pipeline",
                "Kafka records/s end to end (" + pipeline.kafkaRecords() + " records)",
                Results.number(pipeline.recordsPerSecond()) + " = " + percent(ratio) + " of the raw producer",
                ">= 25% of the raw producer",
                ratio >= 0.25);
        results.note(storeTime(commands, pipeline.intakes()));
        StringBuilder where = new StringBuilder("CPU samples during the throughput run, by component: ");
        profile.components().entrySet().stream()
                .limit(8)
                .forEach(entry -> where.append(entry.getKey())
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.0f%%", entry.getValue()))
                        .append("; "));
        results.note(where.toString().replaceAll("; $", ".") + " Java serialization anywhere in the stack: "
                + String.format(Locale.ROOT, "%.0f%%", profile.javaSerialization()) + " of the samples.");
    }

    private void latency(WegwijsPlatform platform, IntakeLoad load, PipelineProbe probe) throws Exception {
        for (Scale.Rate rate : scale.latencyRates()) {
            log.info("Benchmark: latency at {} intakes/s for {}", rate.perSecond(), rate.duration());
            PipelineLatency.Figures latency =
                    PipelineLatency.run(platform, load, probe, rate.perSecond(), rate.duration(), scale.drainTimeout());
            String at = " at " + rate.perSecond() + "/s";
            results.add(
                    "latency",
                    "intakes sent" + at + " for " + rate.duration().toSeconds() + " s",
                    latency.intakes() + " (achieved " + Results.number(latency.achievedRatePerSecond()) + "/s)");
            Map<String, Distribution> stages = new LinkedHashMap<>();
            stages.put("intake POST answered (201)", latency.intakeAnswered());
            stages.put("intake sent to ReferralIssued on the partner topic", latency.toIssued());
            stages.put("then ReferralIssued to the inbox's acknowledgement", latency.issuedToAcknowledged());
            stages.put(
                    "then the acknowledgement to its RECEIVED record on the status topic",
                    latency.acknowledgedToPublished());
            stages.put("then that record to monitoring's timeline", latency.publishedToRecorded());
            stages.forEach((stage, figures) -> results.add("latency", stage + at, figures.summary()));
            String received = "intake sent to RECEIVED recorded by monitoring" + at;
            Integer p99Target = Scale.P99_TARGET_MILLIS.get(rate.perSecond());
            if (p99Target != null) {
                results.addWithTarget(
                        "latency",
                        received,
                        latency.toReceived().summary(),
                        "p99 <= " + p99Target + " ms" + at,
                        latency.toReceived().p99() <= p99Target);
            } else {
                results.add("latency", received, latency.toReceived().summary());
            }
        }
    }

    private void scan(WegwijsPlatform platform) throws InterruptedException {
        log.info("Benchmark: SLA scan with {} open timers, {} due", scale.openTimers(), scale.dueTimers());
        List<SlaScanScaling.Step> steps = SlaScanScaling.run(platform, scale.openTimers(), scale.dueTimers());
        for (SlaScanScaling.Step step : steps) {
            results.addWithTarget(
                    "SLA scan",
                    String.format(
                            Locale.ROOT,
                            "one tick, %,d open timers, %,d due (median of %d)",
                            step.openTimers(),
                            step.due(),
                            step.ticks().size()),
                    Results.millis(step.tick().toNanos() / 1e6) + " (each: "
                            + step.ticks().stream()
                                    .map(tick -> Results.millis(tick.toNanos() / 1e6))
                                    .collect(Collectors.joining(", "))
                            + "; gauge refresh, not part of a tick: "
                            + Results.millis(step.gaugeRefresh().toNanos() / 1e6) + "; timers added in "
                            + Results.number(step.populate().toMillis() / 1000.0) + " s)",
                    "< 500 ms",
                    step.tick().toMillis() < 500);
        }
        SlaScanScaling.Step smallest = steps.get(0);
        SlaScanScaling.Step largest = steps.get(steps.size() - 1);
        double ratio = (double) largest.tick().toNanos() / smallest.tick().toNanos();
        results.addWithTarget(
                "SLA scan",
                String.format(
                        Locale.ROOT, "tick ratio %,d / %,d open timers", largest.openTimers(), smallest.openTimers()),
                Results.number(ratio),
                "<= 2",
                ratio <= 2);
    }

    /** Per service database: each command's count per intake, per collection, and mean time to its answer. */
    private static String storeTime(StoreCommands commands, int intakes) {
        StringBuilder note =
                new StringBuilder("Store commands during the throughput run, per intake and mean time to answer: ");
        commands.databases().stream().sorted().forEach(database -> {
            note.append(database).append(" (");
            Map<String, Long> counts = commands.byCollection(database);
            note.append(commands.meanMillisByCollection(database).entrySet().stream()
                    .map(mean -> String.format(
                            Locale.ROOT,
                            "%s %.2f × %.1f ms",
                            mean.getKey(),
                            (double) counts.get(mean.getKey()) / intakes,
                            mean.getValue()))
                    .collect(Collectors.joining(", ")));
            note.append("); ");
        });
        return note.toString().replaceAll("; $", ".");
    }

    private static PlatformSettings settings(Path data) {
        return PlatformSettings.onFreePorts(
                data,
                // The scan benchmark calls the scanner and the gauge count itself; nothing else may run them.
                "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT24H");
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    /** The report: where and when it ran, the table and the notes. */
    String markdown() {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results (").append(scale.name()).append(" run)\n\n");
        out.append("- date: ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        out.append("- machine: ")
                .append(runtime.availableProcessors())
                .append(" cores, ")
                .append(MachineFacts.memory())
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append('\n');
        out.append("- JDK: ")
                .append(System.getProperty("java.vm.vendor"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(", max heap ")
                .append(Footprint.mebibytes(runtime.maxMemory()))
                .append("\n\n");
        out.append(results.table()).append('\n');
        results.notes().forEach(note -> out.append("- ").append(note).append('\n'));
        return out.toString();
    }

    Results results() {
        return results;
    }
}
