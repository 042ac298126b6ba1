package nl.wegwijs.monitoring.meetings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code regie_agreements} collection: one document per agenda item and meeting, so recording again at the same
 * meeting replaces, and each meeting keeps its own. Dates are stored as ISO text, so no time zone can move them.
 */
@Component
public class AgreementStore {

    static final String COLLECTION = "regie_agreements";

    private final MongoTemplate mongo;

    AgreementStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(Agreement agreement) {
        String id = agreement.item() + "@" + agreement.meetingDate();
        Document document = new Document("_id", id)
                .append("item", agreement.item())
                .append("meetingDate", agreement.meetingDate().toString())
                .append("who", agreement.who())
                .append("what", agreement.what())
                .append("byWhen", agreement.byWhen().toString())
                .append("recordedAt", agreement.recordedAt().toString());
        collection().replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** Per item, its agreement of that meeting. */
    public Map<String, Agreement> of(Collection<String> items, LocalDate meeting) {
        return all(items).stream()
                .filter(a -> a.meetingDate().equals(meeting))
                .collect(Collectors.toMap(Agreement::item, Function.identity()));
    }

    /** Per item, its latest agreement of a meeting before that one. */
    public Map<String, Agreement> before(Collection<String> items, LocalDate meeting) {
        return all(items).stream()
                .filter(a -> a.meetingDate().isBefore(meeting))
                .collect(Collectors.toMap(
                        Agreement::item,
                        Function.identity(),
                        (a, b) -> a.meetingDate().isAfter(b.meetingDate()) ? a : b));
    }

    private List<Agreement> all(Collection<String> items) {
        List<Agreement> found = new ArrayList<>();
        if (!items.isEmpty()) {
            collection()
                    .find(Filters.in("item", items))
                    .forEach(d -> found.add(new Agreement(
                            d.getString("item"),
                            LocalDate.parse(d.getString("meetingDate")),
                            d.getString("who"),
                            d.getString("what"),
                            LocalDate.parse(d.getString("byWhen")),
                            Instant.parse(d.getString("recordedAt")))));
        }
        return found;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
