package nl.wegwijs.intake.newcomers;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.PendingEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code newcomers} collection: one document per newcomer holding its state and its pending events, so a change
 * and its events are always one atomic write (ADR 5). Changes are guarded by a version number. Values are written
 * as JSON documents and matched only with equality, ranges and quoted patterns, so no input is ever interpreted.
 */
@Component
public class NewcomerStore {

    static final String COLLECTION = "newcomers";

    static final String STATE = "state";
    private static final String VERSION = "version";
    private static final String REQUEST_HASH = "requestHash";
    /** {@link DuplicateKey} of the profile; removed at erasure, so erased newcomers are never found as duplicates. */
    private static final String DUPLICATE_KEY_FIELD = "duplicateKey";
    /**
     * Beside the state, not in it: a start-up migration gives older newcomers their number with a write that a
     * concurrent change of the state cannot undo.
     */
    static final String CASE_NUMBER = "caseNumber";

    private final MongoTemplate mongo;
    private final CaseNumbers caseNumbers;
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    private final JsonMapper json = EventJson.mapper();

    NewcomerStore(MongoTemplate mongo, CaseNumbers caseNumbers) {
        this.mongo = mongo;
        this.caseNumbers = caseNumbers;
    }

    /** A newcomer as read, with the version a change must match. */
    public record Stored(Newcomer newcomer, long version, String requestHash) {}

    public record Search(
            String name,
            String caseNumber,
            LocalDate dateOfBirth,
            LocalDate intakeFrom,
            LocalDate intakeTo,
            PartnerCode partner) {}

    public record Page(List<Newcomer> items, int page, int size, long totalItems) {}

    /** @return false when a newcomer with this id exists already */
    boolean insert(Newcomer newcomer, String requestHash, List<PendingEvent> events) {
        Document document = new Document("_id", newcomer.id().toString())
                .append(CASE_NUMBER, newcomer.caseNumber())
                .append(VERSION, 0L)
                .append(STATE, toDocument(newcomer))
                .append(DUPLICATE_KEY_FIELD, DuplicateKey.of(newcomer.profile()))
                .append(
                        OutboxCollection.FIELD,
                        events.stream().map(this::toDocument).toList());
        if (requestHash != null) {
            document.append(REQUEST_HASH, requestHash);
        }
        try {
            collection().insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            // The id is taken: the same intake came again. Any other unique key (the case number) is a real fault.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                    && find(newcomer.id()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Stored> find(UUID id) {
        return Optional.ofNullable(collection().find(eq("_id", id.toString())).first())
                .map(d ->
                        new Stored(fromDocument(d), ((Number) d.get(VERSION)).longValue(), d.getString(REQUEST_HASH)));
    }

    /**
     * Writes a change and appends its events, if nobody changed the newcomer since it was read.
     *
     * @return every event now pending, the earlier ones still unpublished first
     */
    public List<PendingEvent> update(Stored current, Newcomer changed, List<PendingEvent> events) {
        return write(
                current,
                Updates.combine(
                        Updates.set(STATE, toDocument(changed)),
                        Updates.set(DUPLICATE_KEY_FIELD, DuplicateKey.of(changed.profile())),
                        Updates.set(VERSION, current.version() + 1),
                        Updates.pushEach(
                                OutboxCollection.FIELD,
                                events.stream().map(this::toDocument).toList())));
    }

    /**
     * Appends events that change nothing in the state (a notice to the newcomer), without a version check, so no
     * officer's change conflicts with it.
     *
     * @return every event now pending; none when the newcomer is unknown or was erased
     */
    public List<PendingEvent> append(UUID id, List<PendingEvent> events) {
        Document after = collection()
                .findOneAndUpdate(
                        and(eq("_id", id.toString()), eq(STATE + ".erasedAt", null)),
                        Updates.pushEach(
                                OutboxCollection.FIELD,
                                events.stream().map(this::toDocument).toList()),
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(Projections.include(OutboxCollection.FIELD)));
        return after == null ? List.of() : pendingOf(after);
    }

    /**
     * Replaces the state by its anonymous remains and the pending events by the erasure event alone: events not yet
     * published carry the personal data being erased.
     */
    List<PendingEvent> erase(Stored current, Newcomer remains, AnonymousIntake anonymous, PendingEvent erased) {
        return write(
                current,
                Updates.combine(
                        Updates.set(STATE, toDocument(remains)),
                        Updates.set(AnonymousIntakes.PENDING, AnonymousIntakes.toDocument(anonymous)),
                        Updates.unset(DUPLICATE_KEY_FIELD),
                        Updates.set(VERSION, current.version() + 1),
                        Updates.set(OutboxCollection.FIELD, List.of(toDocument(erased)))));
    }

    /** Another newcomer, not erased, with the same {@link DuplicateKey}; {@code except} is never found. */
    Optional<UUID> possibleDuplicate(NewcomerProfile profile, UUID except) {
        return Optional.ofNullable(collection()
                        .find(and(eq(DUPLICATE_KEY_FIELD, DuplicateKey.of(profile)), ne("_id", except.toString())))
                        .projection(Projections.include("_id"))
                        .first())
                .map(d -> UUID.fromString(d.getString("_id")));
    }

    /** Newcomers recorded before the duplicate rule get their key at start, so they are found too. */
    @EventListener(ApplicationReadyEvent.class)
    void addMissingDuplicateKeys() {
        for (Document d : collection().find(and(exists(DUPLICATE_KEY_FIELD, false), eq(STATE + ".erasedAt", null)))) {
            Newcomer newcomer = fromDocument(d);
            collection()
                    .updateOne(
                            eq("_id", d.get("_id")),
                            Updates.set(DUPLICATE_KEY_FIELD, DuplicateKey.of(newcomer.profile())));
        }
    }

    /**
     * Newcomers recorded before case numbers get theirs at start, oldest first, each with a write that only lands if
     * the newcomer still has none. The unique index keeps every number to one newcomer.
     */
    @EventListener(ApplicationReadyEvent.class)
    void addMissingCaseNumbers() {
        collection()
                .createIndex(
                        Indexes.ascending(CASE_NUMBER),
                        new IndexOptions().unique(true).sparse(true));
        List<Document> without = new ArrayList<>();
        collection()
                .find(exists(CASE_NUMBER, false))
                .sort(Sorts.ascending(STATE + ".recordedAt", "_id"))
                .forEach(without::add);
        for (Document d : without) {
            Newcomer newcomer = fromDocument(d);
            collection()
                    .updateOne(
                            and(eq("_id", d.get("_id")), exists(CASE_NUMBER, false)),
                            Updates.set(CASE_NUMBER, caseNumbers.next(yearOf(newcomer))));
        }
    }

    /** The year of the intake date; of the recording for an erased newcomer, whose profile is gone. */
    static int yearOf(Newcomer newcomer) {
        return newcomer.profile() != null
                ? newcomer.profile().intakeDate().getYear()
                : newcomer.recordedAt().atZone(ZoneOffset.UTC).getYear();
    }

    Page search(Search search, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(STATE + ".erasedAt", null));
        if (search.name() != null) {
            Pattern name = Pattern.compile(Pattern.quote(search.name()), Pattern.CASE_INSENSITIVE);
            filters.add(or(
                    regex(STATE + ".profile.name.givenNames", name), regex(STATE + ".profile.name.familyName", name)));
        }
        if (search.caseNumber() != null) {
            filters.add(eq(CASE_NUMBER, search.caseNumber()));
        }
        if (search.dateOfBirth() != null) {
            filters.add(eq(STATE + ".profile.dateOfBirth", search.dateOfBirth().toString()));
        }
        if (search.intakeFrom() != null) {
            filters.add(gte(STATE + ".profile.intakeDate", search.intakeFrom().toString()));
        }
        if (search.intakeTo() != null) {
            filters.add(lte(STATE + ".profile.intakeDate", search.intakeTo().toString()));
        }
        if (search.partner() != null) {
            filters.add(eq(STATE + ".referrals.partner", search.partner().value()));
        }
        Bson filter = and(filters);
        List<Newcomer> items = new ArrayList<>();
        collection()
                .find(filter)
                .sort(Sorts.orderBy(Sorts.descending(STATE + ".profile.intakeDate"), Sorts.ascending("_id")))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(fromDocument(d)));
        return new Page(items, page, size, collection().countDocuments(filter));
    }

    /** Every newcomer, erased ones as their remains: for statistics, which run on demand. */
    public List<Newcomer> all() {
        List<Newcomer> all = new ArrayList<>();
        collection().find().forEach(d -> all.add(fromDocument(d)));
        return all;
    }

    /** One write that returns the pending events after it, so the relay needs no read of its own. */
    private List<PendingEvent> write(Stored current, Bson update) {
        Document after = collection()
                .findOneAndUpdate(
                        Filters.and(eq("_id", current.newcomer().id().toString()), eq(VERSION, current.version())),
                        update,
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(Projections.include(OutboxCollection.FIELD)));
        if (after == null) {
            throw new ConflictException("id", "newcomer.changed-meanwhile");
        }
        return pendingOf(after);
    }

    private List<PendingEvent> pendingOf(Document stored) {
        return stored.getList(OutboxCollection.FIELD, Document.class).stream()
                .map(event -> json.convertValue(event, PendingEvent.class))
                .toList();
    }

    /**
     * The value's fields as the event JSON writes them, converted without text in between: writing JSON and parsing
     * it with the driver's JSON reader was about 4 % of the platform's CPU under the benchmark's load (ADR 36).
     */
    private Document toDocument(Object value) {
        return new Document(json.convertValue(value, FIELDS));
    }

    private Newcomer fromDocument(Document stored) {
        return json.convertValue(stored.get(STATE, Document.class), Newcomer.class)
                .withCaseNumber(stored.getString(CASE_NUMBER));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
