package nl.wegwijs.contracts.intake;

import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.Urgency;

/** A referral the officer decided on: to which partner, for which life domains, and why. */
public record ReferralDecision(
        UUID referralId, PartnerCode partner, List<LifeDomain> lifeDomains, String reason, Urgency urgency) {

    public ReferralDecision {
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        lifeDomains = Require.nonEmpty(lifeDomains, "lifeDomains");
        Require.text(reason, "reason");
        Require.present(urgency, "urgency");
    }
}
