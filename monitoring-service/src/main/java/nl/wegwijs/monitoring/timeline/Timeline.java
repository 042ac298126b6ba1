package nl.wegwijs.monitoring.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a referral reached each status. Transitions are applied strictly in {@code sequence} order: one that arrives
 * early waits in {@code waiting} until the gap is filled, one already applied is ignored.
 *
 * <p>It shares its document with the referral's SLA timer ({@code _id} = the referral id as a string, ADR 16), so one
 * write applies a transition and arms the timer its new phase needs.
 */
@Document(Timeline.COLLECTION)
public class Timeline {

    /** The collection of the referral's one document: timeline and timer (and of the follow-up timers). */
    public static final String COLLECTION = "sla_timers";

    @Id
    private String id;

    private UUID referralId;

    private UUID newcomerId;
    private String partner;
    private Urgency urgency;
    private ReferralStatus status;
    /** Set when the referral failed before it was issued; the agenda lists those. */
    private ReferralFailureReason failureReason;

    private long lastSequence;
    private List<StatusChange> changes = new ArrayList<>();
    private List<StatusChange> waiting = new ArrayList<>();

    /**
     * The timer's state as this document was read, before the write that applies a transition, which ends the stall
     * it was in (ADR 16). Written by the timer's updates only.
     */
    private boolean armed;

    private int stalledLevel;
    private SlaPhase phase;
    private int nextLevel;
    private LocalDate bucket;

    /**
     * Whether the timer's state above is the one the transition's own write replaced (a {@code findAndModify}'s
     * image before), not one read earlier: a scan's claim may have moved the timer on in between.
     */
    @Transient
    private boolean readByItsWrite;

    /** Raised by every write of the timeline, so a read-modify-write can be conditioned on it. */
    private long revision;

    Timeline() {}

    static Timeline start(ReferralStatusChanged first) {
        Timeline timeline = new Timeline();
        timeline.id = first.referralId().toString();
        timeline.referralId = first.referralId();
        timeline.newcomerId = first.newcomerId();
        timeline.partner = first.partner().value();
        timeline.urgency = first.urgency();
        return timeline;
    }

    boolean hasSeen(ReferralStatusChanged event) {
        long sequence = event.sequence();
        return sequence <= lastSequence || waiting.stream().anyMatch(change -> change.sequence() == sequence);
    }

    /** Takes in one event not seen before; returns the transitions that became applicable, in order. */
    List<StatusChange> accept(ReferralStatusChanged event, Instant recordedAt) {
        urgency = event.urgency();
        waiting.add(StatusChange.of(event, recordedAt));
        waiting.sort(Comparator.comparingLong(StatusChange::sequence));
        List<StatusChange> applied = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.get(0).sequence() == lastSequence + 1) {
            StatusChange next = waiting.remove(0);
            changes.add(next);
            lastSequence = next.sequence();
            status = next.to();
            if (next.failureReason() != null) {
                failureReason = next.failureReason();
            }
            applied.add(next);
        }
        return applied;
    }

    /** When the referral first reached the status. */
    public Optional<Instant> reached(ReferralStatus target) {
        return changes.stream()
                .filter(change -> change.to() == target)
                .map(StatusChange::at)
                .findFirst();
    }

    /** The transition before the given one: when the phase that this one ends had started. */
    public Optional<StatusChange> before(StatusChange change) {
        return changes.stream()
                .filter(previous -> previous.sequence() == change.sequence() - 1)
                .findFirst();
    }

    long revision() {
        return revision;
    }

    List<StatusChange> waiting() {
        return List.copyOf(waiting);
    }

    /** The level at which the referral's timer had stalled when this document was read; 0 when it had not. */
    public int stalledLevelAsRead() {
        return armed ? stalledLevel : 0;
    }

    /**
     * Whether, as this document was read, an entry of its timer waited in a bucket before that day: the armed timer's
     * next level, due on {@code bucket}, has its entry there or, where it was itself armed this way, on an earlier
     * day. The scan that meets such an entry moves the timer's own entry forward to its day (ADR 33). Only a state
     * read by the transition's own write tells: on a document read before, the rare path, the entry is written.
     */
    public boolean hasEntryBefore(LocalDate day) {
        return readByItsWrite && armed && nextLevel > 0 && bucket != null && bucket.isBefore(day);
    }

    /** The timer's state was read by the write that applies the transition (see {@link #hasEntryBefore}). */
    Timeline readByItsWrite() {
        readByItsWrite = true;
        return this;
    }

    /** The phase of the timer when this document was read. */
    public SlaPhase phaseAsRead() {
        return phase;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID newcomerId() {
        return newcomerId;
    }

    public PartnerCode partner() {
        return PartnerCode.of(partner);
    }

    public Urgency urgency() {
        return urgency;
    }

    public ReferralStatus status() {
        return status;
    }

    /** Why the referral was never issued, or null when its partner received it. */
    public ReferralFailureReason failureReason() {
        return failureReason;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public List<StatusChange> changes() {
        return List.copyOf(changes);
    }
}
