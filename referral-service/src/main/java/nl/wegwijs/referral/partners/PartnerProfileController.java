package nl.wegwijs.referral.partners;

import nl.wegwijs.contracts.directory.Partner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's own directory entry: its topics, delivery mode, the data it receives and its SLA. The partner is the
 * one named in the token, never one named in the request.
 */
@RestController
class PartnerProfileController {

    private final PartnerIdentity identity;

    PartnerProfileController(PartnerIdentity identity) {
        this.identity = identity;
    }

    @GetMapping("/api/partner/profile")
    Partner profile(@AuthenticationPrincipal Jwt token) {
        return identity.of(token);
    }
}
