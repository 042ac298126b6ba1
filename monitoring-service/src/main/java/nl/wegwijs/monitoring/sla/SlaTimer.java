package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.support.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The deadline of one referral's current phase, or of one follow-up conversation, and its escalation ladder. The
 * timer fires level n at the end of working day {@code deadline + escalationOffsets[n-1]}; {@code generation} is
 * the sequence (or event time) that armed it, so a stale or repeated event never re-arms an older state.
 */
@Document(SlaTimer.COLLECTION)
public class SlaTimer {

    /** The one document per referral (its timeline and timer) and the follow-up timers (ADR 16). */
    public static final String COLLECTION = "sla_timers";

    @Id
    private String id;

    private TimerKind kind;
    private UUID referralId;
    private UUID newcomerId;
    private String partner;
    private SlaPhase phase;
    private int number;
    private LocalDate followUpDue;
    private long generation;
    private boolean armed;
    private LocalDate deadline;
    private List<Integer> escalationOffsets = List.of();
    private int nextLevel;
    private LocalDate bucket;
    private int stalledLevel;
    private List<Integer> firedLevels = new ArrayList<>();
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    /** Per level, the claim that fired it: see {@link #asClaimedFor}. */
    private Map<String, Object> claims = new HashMap<>();

    SlaTimer() {}

    static SlaTimer forReferral(
            UUID referralId,
            UUID newcomerId,
            String partner,
            SlaPhase phase,
            long generation,
            LocalDate deadline,
            List<Integer> escalationOffsets) {
        SlaTimer timer = new SlaTimer();
        timer.id = referralId.toString();
        timer.kind = TimerKind.REFERRAL;
        timer.referralId = referralId;
        timer.newcomerId = newcomerId;
        timer.partner = partner;
        timer.phase = phase;
        timer.generation = generation;
        timer.deadline = deadline;
        timer.escalationOffsets = List.copyOf(escalationOffsets);
        return timer;
    }

    static SlaTimer forFollowUp(UUID newcomerId, int number, LocalDate dueDate, long generation, LocalDate deadline) {
        SlaTimer timer = new SlaTimer();
        timer.id = followUpId(newcomerId, number);
        timer.kind = TimerKind.FOLLOW_UP;
        timer.newcomerId = newcomerId;
        timer.phase = SlaPhase.FOLLOW_UP_CONVERSATION;
        timer.number = number;
        timer.followUpDue = dueDate;
        timer.generation = generation;
        timer.deadline = deadline;
        timer.escalationOffsets = List.of(0);
        return timer;
    }

    /** The timer as a claim of this level leaves it: the level fired, the next level to fire. */
    SlaTimer claimed(int level, int next, LocalDate nextBucket) {
        SlaTimer claimed = copy();
        claimed.nextLevel = next;
        claimed.bucket = nextBucket;
        claimed.stalledLevel = level;
        claimed.firedLevels.add(level);
        return claimed;
    }

    private SlaTimer copy() {
        SlaTimer copy = new SlaTimer();
        copy.id = id;
        copy.kind = kind;
        copy.referralId = referralId;
        copy.newcomerId = newcomerId;
        copy.partner = partner;
        copy.phase = phase;
        copy.number = number;
        copy.followUpDue = followUpDue;
        copy.generation = generation;
        copy.armed = armed;
        copy.deadline = deadline;
        copy.escalationOffsets = escalationOffsets;
        copy.nextLevel = nextLevel;
        copy.bucket = bucket;
        copy.stalledLevel = stalledLevel;
        copy.firedLevels = new ArrayList<>(firedLevels);
        copy.pendingEvents = new ArrayList<>(pendingEvents);
        copy.claims = new HashMap<>(claims);
        return copy;
    }

    public static String followUpId(UUID newcomerId, int number) {
        return "follow-up:" + newcomerId + ":" + number;
    }

    public int levels() {
        return escalationOffsets.size();
    }

    /** The working days after the deadline at which the given level (1-based) fires. */
    int offset(int level) {
        return escalationOffsets.get(level - 1);
    }

    public String id() {
        return id;
    }

    public TimerKind kind() {
        return kind;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID newcomerId() {
        return newcomerId;
    }

    public String partner() {
        return partner;
    }

    public SlaPhase phase() {
        return phase;
    }

    public int number() {
        return number;
    }

    /** For a follow-up conversation: the day it was due, before the grace period. */
    public LocalDate followUpDue() {
        return followUpDue;
    }

    public long generation() {
        return generation;
    }

    public boolean armed() {
        return armed;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public List<Integer> escalationOffsets() {
        return escalationOffsets;
    }

    public int nextLevel() {
        return nextLevel;
    }

    public LocalDate bucket() {
        return bucket;
    }

    /**
     * Whether an entry met in a bucket on {@code day} stands for this timer's own, later entry: the timer was armed
     * again since, without an entry of its own, as it had one waiting earlier (ADR 33). Its own entry is due after that
     * day; on that day or before, it was written when the timer was armed.
     */
    boolean dueLaterThan(DueEntry met, LocalDate day) {
        return armed && nextLevel > 0 && met.generation() != generation && bucket != null && bucket.isAfter(day);
    }

    /**
     * This timer as it was when a scan claimed the entry's level, if one did: the claim records its generation and
     * what the escalation says of it (ADR 33), so the escalation can be built again after the timer was armed anew. A
     * claim made before ADR 33 holds only its event's id, and its escalation waits in {@link #pendingEvents()}.
     */
    Optional<SlaTimer> asClaimedFor(DueEntry entry) {
        if (!(claims.get(String.valueOf(entry.level())) instanceof Map<?, ?> claim)
                || !(claim.get(CLAIM_GENERATION) instanceof Number claimed)
                || claimed.longValue() != entry.generation()) {
            return Optional.empty();
        }
        SlaTimer then = copy();
        then.phase = claim.get(CLAIM_PHASE) instanceof String name ? SlaPhase.valueOf(name) : null;
        then.deadline = day(claim.get(CLAIM_DEADLINE));
        then.followUpDue = day(claim.get(CLAIM_FOLLOW_UP_DUE));
        then.generation = entry.generation();
        return Optional.of(then);
    }

    /** What a claim of {@code level} records beside its token: enough to build its escalation again. */
    Map<String, Object> claimRecord(String token) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(CLAIM_TOKEN, token);
        record.put(CLAIM_GENERATION, generation);
        record.put(CLAIM_PHASE, phase == null ? null : phase.name());
        record.put(CLAIM_DEADLINE, deadline == null ? null : deadline.toString());
        record.put(CLAIM_FOLLOW_UP_DUE, followUpDue == null ? null : followUpDue.toString());
        return record;
    }

    static final String CLAIM_TOKEN = "token";
    private static final String CLAIM_GENERATION = "generation";
    private static final String CLAIM_PHASE = "phase";
    private static final String CLAIM_DEADLINE = "deadline";
    private static final String CLAIM_FOLLOW_UP_DUE = "followUpDue";

    private static LocalDate day(Object iso) {
        return iso instanceof String text ? LocalDate.parse(text) : null;
    }

    public int stalledLevel() {
        return stalledLevel;
    }

    public List<Integer> firedLevels() {
        return List.copyOf(firedLevels);
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
