package nl.wegwijs.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The figures of one run, in order, with the target each is held against where the issue sets one. */
final class Results {

    private static final Logger log = LoggerFactory.getLogger(Results.class);

    /** One figure; {@code target} is empty and {@code met} null where no target applies. */
    record Row(String benchmark, String measure, String value, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String benchmark, String measure, String value) {
        add(new Row(benchmark, measure, value, "", null));
    }

    void addWithTarget(String benchmark, String measure, String value, String target, boolean met) {
        add(new Row(benchmark, measure, value, target, met));
    }

    /** Also logged at once, so a run that is killed before its table still leaves its figures. */
    private void add(Row row) {
        rows.add(row);
        log.info(
                "Result: {} | {} | {} | {} | {}",
                row.benchmark(),
                row.measure(),
                row.value(),
                row.target(),
                row.met() == null ? "" : row.met() ? "yes" : "**no**");
    }

    void note(String text) {
        notes.add(text);
        log.info("Result note: {}", text);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | measure | value | target | met |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(row.benchmark())
                    .append(" | ")
                    .append(row.measure())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return out.toString();
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }
}
