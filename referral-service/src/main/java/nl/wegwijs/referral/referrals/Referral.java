package nl.wegwijs.referral.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.referral.ReferralDetailsCorrected;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.MissingDetail;
import nl.wegwijs.referral.lifecycle.ReferralStateMachine;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.referral.lifecycle.TransitionRefused;
import nl.wegwijs.support.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One referral to one partner: its status, its timeline, what the partner was sent, and the events its changes
 * caused that are not yet published (ADR 5). Every change is one write of this one document.
 */
@Document(Referral.COLLECTION)
public class Referral {

    public static final String COLLECTION = "referrals";
    public static final String SYSTEM = "system";

    @Id
    private UUID id;

    private UUID newcomerId;
    private String municipality;
    private String partner;
    private ReferralStatus status;
    private Urgency urgency;
    private List<LifeDomain> lifeDomains;
    /** The minimised ReferralIssued as the partner received it, as JSON; gone after erasure. */
    private String partnerView;
    /** Why the referral was never issued; null for every referral its partner received. */
    private ReferralFailureReason failureReason;

    private long sequence;
    private Instant requestedAt;
    private Instant updatedAt;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<Refusal> refusals = new ArrayList<>();
    private List<String> responseIds = new ArrayList<>();
    private List<PendingEvent> pendingEvents = new ArrayList<>();

    @Version
    private Long version;

    Referral() {}

    /** A new referral in status REQUESTED, with its first status change and the partner's ReferralIssued pending. */
    public static Referral request(ReferralIssued issued, UUID newcomerId, Instant now) {
        Referral referral = new Referral();
        referral.id = issued.referralId();
        referral.newcomerId = newcomerId;
        referral.municipality = issued.municipality();
        referral.partner = issued.partner().value();
        referral.urgency = issued.urgency();
        referral.lifeDomains = List.copyOf(issued.lifeDomains());
        referral.partnerView = EventJson.mapper().writeValueAsString(issued);
        referral.requestedAt = now;
        referral.record(null, ReferralStatus.REQUESTED, SYSTEM, StepDetails.none(), null, now);
        referral.pendingEvents.add(PendingEvent.of(Topics.partnerReferrals(issued.partner()), issued));
        return referral;
    }

    /**
     * A referral that cannot be issued (ADR 12): FAILED at once, with its reason, as sequence 1 from no status; its
     * partner never hears of it.
     */
    public static Referral failed(
            ReferralDecision decision,
            UUID newcomerId,
            String municipality,
            ReferralFailureReason reason,
            Instant now) {
        Referral referral = new Referral();
        referral.id = decision.referralId();
        referral.newcomerId = newcomerId;
        referral.municipality = municipality;
        referral.partner = decision.partner().value();
        referral.urgency = decision.urgency();
        referral.lifeDomains = List.copyOf(decision.lifeDomains());
        referral.requestedAt = now;
        referral.failureReason = reason;
        referral.record(null, ReferralStatus.FAILED, SYSTEM, StepDetails.because(explain(reason)), null, now);
        return referral;
    }

    private static String explain(ReferralFailureReason reason) {
        return switch (reason) {
            case UNKNOWN_PARTNER -> "Not issued: the partner is not in the directory.";
            case DOMAIN_NOT_SERVED -> "Not issued: the partner does not take every life domain asked about.";
            case NO_CONSENT -> "Not issued: no consent of the newcomer and no legal basis for this partner.";
        };
    }

    /**
     * Takes one step; a step that implies RECEIVED records that first.
     *
     * @throws TransitionRefused when the lifecycle forbids it (checked before the details)
     * @throws MissingDetail when the step lacks what it needs
     */
    public void apply(Action action, StepDetails details, String actor, Instant now, LocalDate today) {
        List<ReferralStatus> path = ReferralStateMachine.path(status, action);
        details.requireFor(action);
        LocalDate expectedStart = action == Action.WAITLIST ? details.expectedStartFrom(today) : null;
        for (int i = 0; i < path.size(); i++) {
            boolean last = i == path.size() - 1;
            record(status, path.get(i), actor, last ? details : StepDetails.none(), last ? expectedStart : null, now);
        }
        if (action == Action.CANCEL) {
            pendingEvents.add(PendingEvent.of(
                    Topics.partnerReferrals(partnerCode()),
                    new ReferralWithdrawn(UUID.randomUUID(), now, municipality, id, partnerCode(), details.reason())));
            // The partner no longer needs the person's data: its view keeps the id, the status and the dates.
            partnerView = null;
        }
    }

    /** Applies a partner's response once: a repeated response id changes nothing, a forbidden one is recorded. */
    public ResponseOutcome respond(ReferralResponse response, String actor, Instant now, LocalDate today) {
        String responseId = response.responseId().toString();
        if (responseIds.contains(responseId)) {
            return ResponseOutcome.DUPLICATE;
        }
        responseIds.add(responseId);
        Action action = Action.of(response.action());
        StepDetails details = new StepDetails(
                response.reasonCode(), response.reason(), response.expectedStart(), response.waitWeeks());
        try {
            apply(action, details, actor, now, today);
            return ResponseOutcome.APPLIED;
        } catch (TransitionRefused | MissingDetail e) {
            refusals.add(new Refusal(responseId, action, status, now, actor, e.getMessage()));
            updatedAt = now;
            return ResponseOutcome.REFUSED;
        }
    }

    /**
     * Sends the partner what changed of what it may see, when the newcomer's profile was corrected: {@code minimise}
     * gives what the partner would be sent now. A referral no longer open, or erased, is left alone.
     */
    public void correct(UnaryOperator<ReferralIssued> minimise, Instant now) {
        if (status.isTerminal() || partnerView == null) {
            return;
        }
        ReferralIssued sent = partnerView();
        ReferralDetailsCorrected.between(sent, minimise.apply(sent), UUID.randomUUID(), now)
                .ifPresent(correction -> {
                    partnerView = EventJson.mapper().writeValueAsString(correction.applyTo(sent));
                    pendingEvents.add(PendingEvent.of(Topics.partnerReferrals(partnerCode()), correction));
                    updatedAt = now;
                });
    }

    /** Removes the newcomer's personal data; statuses, dates and reason codes stay. */
    public void erasePersonalData() {
        partnerView = null;
        timeline.replaceAll(entry -> new TimelineEntry(
                entry.sequence(),
                entry.from(),
                entry.to(),
                entry.at(),
                entry.actor(),
                entry.reasonCode(),
                null,
                entry.expectedStart()));
        pendingEvents.removeIf(event -> EventType.REFERRAL_ISSUED.ceType().equals(event.type())
                || EventType.REFERRAL_DETAILS_CORRECTED.ceType().equals(event.type()));
    }

    private void record(
            ReferralStatus from,
            ReferralStatus to,
            String actor,
            StepDetails details,
            LocalDate expectedStart,
            Instant now) {
        sequence++;
        DeclineReason reasonCode = to == ReferralStatus.REJECTED ? details.reasonCode() : null;
        timeline.add(new TimelineEntry(sequence, from, to, now, actor, reasonCode, details.reason(), expectedStart));
        pendingEvents.add(PendingEvent.of(
                Topics.REFERRAL_STATUS_CHANGED,
                new ReferralStatusChanged(
                        UUID.randomUUID(),
                        now,
                        municipality,
                        id,
                        newcomerId,
                        partnerCode(),
                        from,
                        to,
                        sequence,
                        urgency,
                        actor,
                        details.reason(),
                        reasonCode,
                        expectedStart,
                        to == ReferralStatus.FAILED ? failureReason : null)));
        status = to;
        updatedAt = now;
    }

    /** A copy that later changes to either leave the other as it is. */
    Referral copy() {
        Referral copy = new Referral();
        copy.id = id;
        copy.newcomerId = newcomerId;
        copy.municipality = municipality;
        copy.partner = partner;
        copy.status = status;
        copy.urgency = urgency;
        copy.lifeDomains = lifeDomains;
        copy.partnerView = partnerView;
        copy.failureReason = failureReason;
        copy.sequence = sequence;
        copy.requestedAt = requestedAt;
        copy.updatedAt = updatedAt;
        copy.timeline = new ArrayList<>(timeline);
        copy.refusals = new ArrayList<>(refusals);
        copy.responseIds = new ArrayList<>(responseIds);
        copy.pendingEvents = new ArrayList<>(pendingEvents);
        copy.version = version;
        return copy;
    }

    public Set<Action> allowedActions() {
        return ReferralStateMachine.allowedActions(status);
    }

    /** Whether the partner received this referral: one that was never issued belongs to no partner. */
    public boolean belongsTo(PartnerCode code) {
        return failureReason == null && partner.equals(code.value());
    }

    /** Why the referral was never issued, or null when its partner received it. */
    public ReferralFailureReason failureReason() {
        return failureReason;
    }

    public PartnerCode partnerCode() {
        return PartnerCode.of(partner);
    }

    public UUID id() {
        return id;
    }

    public UUID newcomerId() {
        return newcomerId;
    }

    public ReferralStatus status() {
        return status;
    }

    public Urgency urgency() {
        return urgency;
    }

    public List<LifeDomain> lifeDomains() {
        return List.copyOf(lifeDomains);
    }

    public long sequence() {
        return sequence;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** What the partner was sent, or null after erasure. */
    public ReferralIssued partnerView() {
        return partnerView == null ? null : EventJson.mapper().readValue(partnerView, ReferralIssued.class);
    }
}
