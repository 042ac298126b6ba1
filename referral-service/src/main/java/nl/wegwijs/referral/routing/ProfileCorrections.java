package nl.wegwijs.referral.routing;

import java.time.Clock;
import java.util.Optional;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
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
 * A corrected profile reaches the partners: it is kept for referrals added later; a partner whose consent is gone
 * has its open referrals withdrawn; every other partner with an open referral is sent what changed of what it may
 * see, minimised as at issue.
 */
@Service
class ProfileCorrections {

    static final String CONSENT_WITHDRAWN =
            "Consent withdrawn: the newcomer no longer agrees to share data with this partner.";

    private static final Logger log = LoggerFactory.getLogger(ProfileCorrections.class);

    private final PartnerDirectory directory;
    private final NewcomerProfiles profiles;
    private final ReferralStore referrals;
    private final ReferralLifecycle lifecycle;
    private final Clock clock;

    ProfileCorrections(
            PartnerDirectory directory,
            NewcomerProfiles profiles,
            ReferralStore referrals,
            ReferralLifecycle lifecycle,
            Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    void corrected(NewcomerProfileCorrected event) {
        if (!profiles.keep(event.newcomerId(), event.municipality(), event.profile())) {
            return;
        }
        for (Referral referral : referrals.ofNewcomer(event.newcomerId())) {
            Optional<Partner> partner = directory.partner(referral.partnerCode());
            if (referral.status().isTerminal() || referral.failureReason() != null || partner.isEmpty()) {
                continue;
            }
            if (!partner.get().hasConsentOrLegalBasis(event.profile())) {
                withdraw(referral);
            } else {
                lifecycle.correct(referral.id(), sent -> minimise(partner.get(), event.profile(), sent));
            }
        }
    }

    private void withdraw(Referral referral) {
        if (ReferralStateMachine.allows(referral.status(), Action.CANCEL)) {
            lifecycle.act(
                    referral.id(),
                    r -> true,
                    Action.CANCEL,
                    StepDetails.because(CONSENT_WITHDRAWN),
                    Router.MUNICIPALITY);
            log.info("Referral {} to {} withdrawn: consent withdrawn", referral.id(), referral.partnerCode());
        }
    }

    private ReferralIssued minimise(Partner partner, NewcomerProfile profile, ReferralIssued sent) {
        ReferralDecision decision = new ReferralDecision(
                sent.referralId(), sent.partner(), sent.lifeDomains(), sent.reason(), sent.urgency());
        return Minimiser.issue(partner, sent.municipality(), profile, decision, clock.instant())
                .orElse(sent);
    }
}
