package nl.wegwijs.referral.coordinator;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.referral.referrals.ReferralFilter;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.support.problem.InvalidInputException;
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

/** The municipality's view of every referral, and its one step: cancelling. */
@RestController
@RequestMapping("/api/referrals")
class CoordinatorReferralController {

    private final ReferralStore referrals;
    private final ReferralLifecycle lifecycle;

    CoordinatorReferralController(ReferralStore referrals, ReferralLifecycle lifecycle) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    PageView<CoordinatorReferralView> list(
            @RequestParam(required = false) UUID newcomerId,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (partner != null && !PartnerCode.isValid(partner)) {
            throw InvalidInputException.of("partner", "field.partner-code");
        }
        ReferralFilter filter =
                ReferralFilter.all(newcomerId, partner == null ? null : PartnerCode.of(partner), status);
        return PageView.of(referrals.search(filter, Paging.of(page, size)), CoordinatorReferralView::of);
    }

    @GetMapping("/{id}")
    CoordinatorReferralView get(@PathVariable UUID id) {
        return referrals.find(id).map(CoordinatorReferralView::of).orElseThrow(() -> new ReferralNotFound(id));
    }

    @PostMapping("/{id}/cancel")
    CoordinatorReferralView cancel(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID id,
            @RequestBody(required = false) CancelRequest body) {
        StepDetails details = StepDetails.because(body == null ? null : body.reason());
        return CoordinatorReferralView.of(
                lifecycle.act(id, referral -> true, Action.CANCEL, details, token.getSubject()));
    }

    record CancelRequest(String reason) {}
}
