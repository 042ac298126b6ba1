package nl.wegwijs.referral.partnerapi;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.referral.lifecycle.UnknownAction;
import nl.wegwijs.referral.partners.PartnerIdentity;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralFilter;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.support.web.PageView;
import nl.wegwijs.support.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API: a partner's own referrals, oldest first, and its steps on them. Another partner's referral is
 * not found, whatever the operation.
 */
@RestController
@RequestMapping("/api/partner/referrals")
class PartnerReferralController {

    private final PartnerIdentity identity;
    private final ReferralStore referrals;
    private final ReferralLifecycle lifecycle;

    PartnerReferralController(PartnerIdentity identity, ReferralStore referrals, ReferralLifecycle lifecycle) {
        this.identity = identity;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    PageView<PartnerReferralView> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PartnerCode partner = identity.of(token).code();
        return PageView.of(
                referrals.search(ReferralFilter.received(partner, status), Paging.of(page, size)),
                PartnerReferralView::of);
    }

    @GetMapping("/{id}")
    PartnerReferralView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        PartnerCode partner = identity.of(token).code();
        return referrals
                .find(id)
                .filter(referral -> referral.belongsTo(partner))
                .map(PartnerReferralView::of)
                .orElseThrow(() -> new ReferralNotFound(id));
    }

    @PostMapping("/{id}/{action}")
    PartnerReferralView act(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestBody(required = false) ActionRequest body) {
        PartnerCode partner = identity.of(token).code();
        if (referrals.find(id).filter(referral -> referral.belongsTo(partner)).isEmpty()) {
            throw new ReferralNotFound(id);
        }
        Action step = Action.fromPathName(action).orElseThrow(() -> new UnknownAction(action));
        StepDetails details = body == null ? StepDetails.none() : body.details();
        Referral changed =
                lifecycle.act(id, referral -> referral.belongsTo(partner), step, details, token.getSubject());
        return PartnerReferralView.of(changed);
    }
}
