package nl.wegwijs.intake.newcomers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Human case numbers, {@code WW-2026-00042}: sequential per year of the intake date, drawn from one counter
 * document per year with an atomic increment, so two intakes never share a number (docs/adr/0019).
 */
@Component
public class CaseNumbers {

    static final String COLLECTION = "case_number_counters";
    private static final String PREFIX = "WW";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "-\\d{4}-\\d{5,}", Pattern.CASE_INSENSITIVE);

    private final MongoTemplate mongo;

    CaseNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The next number of that year; a number drawn by a write that then fails stays unused (a gap, never a twin).
     * MongoDB and the platform's embedded store answer each find-and-modify with its own result; mongo-java-server's
     * in-memory backend, which the service's own tests run on, can show the next one's count (ADR 10), hence the lock.
     */
    synchronized String next(int year) {
        Document counter = counters()
                .findOneAndUpdate(
                        Filters.eq("_id", String.valueOf(year)),
                        Updates.inc("last", 1L),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return "%s-%d-%05d".formatted(PREFIX, year, ((Number) counter.get("last")).longValue());
    }

    /** The case number as typed, in its stored form, or empty when it cannot be one. */
    public static Optional<String> parse(String typed) {
        String trimmed = typed.trim();
        return FORMAT.matcher(trimmed).matches() ? Optional.of(trimmed.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private MongoCollection<Document> counters() {
        return mongo.getCollection(COLLECTION);
    }
}
