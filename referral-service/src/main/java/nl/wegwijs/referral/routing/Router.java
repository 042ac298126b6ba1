package nl.wegwijs.referral.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.ReferralStateMachine;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.referral.referrals.ReferralStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns the intake's decisions into referrals, one per referral id, each issued to its partner minimised; one the
 * directory's rule refuses becomes a FAILED referral with its reason (ADR 12).
 */
@Service
class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);
    static final String MUNICIPALITY = "municipality";

    private final PartnerDirectory directory;
    private final NewcomerProfiles profiles;
    private final ReferralLifecycle lifecycle;
    private final ReferralStore referrals;
    private final PipelineLatency latency;
    private final FailedReferrals failed;
    private final ReferralErasure erasure;
    private final Clock clock;

    Router(
            PartnerDirectory directory,
            NewcomerProfiles profiles,
            ReferralLifecycle lifecycle,
            ReferralStore referrals,
            PipelineLatency latency,
            FailedReferrals failed,
            ReferralErasure erasure,
            Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.lifecycle = lifecycle;
        this.referrals = referrals;
        this.latency = latency;
        this.failed = failed;
        this.erasure = erasure;
        this.clock = clock;
    }

    /** The intake's referrals are created together, in one write (ADR 26). */
    void profiled(NewcomerProfiled event) {
        if (!profiles.keep(event.newcomerId(), event.municipality(), event.profile())) {
            log.info("NewcomerProfiled {} names an erased newcomer: no referral made", event.eventId());
            return;
        }
        List<Referral> decided = event.referrals().stream()
                .map(decision -> referral(event.newcomerId(), event.municipality(), event.profile(), decision))
                .toList();
        lifecycle.create(decided).forEach(created -> created(created, event.occurredAt()));
        eraseIfErasedMeanwhile(event.newcomerId(), event.referrals());
    }

    void added(ReferralAdded event) {
        NewcomerProfile profile = profiles.find(event.newcomerId())
                .orElseThrow(() -> new IllegalStateException("ReferralAdded " + event.eventId() + " for newcomer "
                        + event.newcomerId() + " without a NewcomerProfiled before it"));
        Referral referral = referral(event.newcomerId(), event.municipality(), profile, event.referral());
        if (lifecycle.create(referral)) {
            created(referral, event.occurredAt());
        }
        eraseIfErasedMeanwhile(event.newcomerId(), List.of(event.referral()));
    }

    void cancelled(ReferralCancelled event) {
        Optional<Referral> referral = referrals.find(event.referralId());
        if (referral.isEmpty()) {
            log.warn("ReferralCancelled {} names unknown referral {}", event.eventId(), event.referralId());
            return;
        }
        if (!ReferralStateMachine.allows(referral.get().status(), Action.CANCEL)) {
            log.info(
                    "Referral {} is {} and is not cancelled again",
                    event.referralId(),
                    referral.get().status());
            return;
        }
        lifecycle.act(event.referralId(), r -> true, Action.CANCEL, StepDetails.because(event.reason()), MUNICIPALITY);
    }

    /** The referral the directory's rule makes of a decision: issued to its partner minimised, or FAILED. */
    private Referral referral(
            UUID newcomerId, String municipality, NewcomerProfile profile, ReferralDecision decision) {
        Optional<ReferralFailureReason> refusal =
                directory.refusal(decision.partner(), decision.lifeDomains(), profile);
        Instant now = clock.instant();
        if (refusal.isPresent()) {
            return Referral.failed(decision, newcomerId, municipality, refusal.get(), now);
        }
        Partner partner = directory.partner(decision.partner()).orElseThrow();
        ReferralIssued issued =
                Minimiser.issue(partner, municipality, profile, decision, now).orElseThrow();
        return Referral.request(issued, newcomerId, now);
    }

    private void created(Referral referral, Instant decidedAt) {
        if (referral.failureReason() != null) {
            failed.failed(referral.partnerCode(), referral.failureReason());
            log.warn(
                    "Referral {} to {} failed, not issued: {}",
                    referral.id(),
                    referral.partnerCode(),
                    referral.failureReason());
            return;
        }
        latency.issued(decidedAt, referral.requestedAt());
        log.info("Referral {} issued to {}", referral.id(), referral.partnerCode());
    }

    /** An erasure that ran alongside may have listed the newcomer's referrals before these were stored. */
    private void eraseIfErasedMeanwhile(UUID newcomerId, List<ReferralDecision> decisions) {
        if (profiles.wasErased(newcomerId)) {
            erasure.erase(decisions.stream().map(ReferralDecision::referralId).toList());
        }
    }
}
