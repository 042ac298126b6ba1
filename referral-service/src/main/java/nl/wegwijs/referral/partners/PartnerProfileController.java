package nl.wegwijs.referral.partners;

import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partner's own directory entry: its topics, delivery mode, the data it receives and its SLA. The partner is the
 * one named in the token, never one named in the request.
 */
@RestController
class PartnerProfileController {

    static final String PARTNER_CLAIM = "partner";

    private final PartnerDirectory directory;

    PartnerProfileController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/partner/profile")
    Partner profile(@AuthenticationPrincipal Jwt token) {
        String code = token.getClaimAsString(PARTNER_CLAIM);
        if (code == null || !PartnerCode.isValid(code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The token names no partner.");
        }
        return directory
                .partner(PartnerCode.of(code))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "The token's partner is not in the partner directory."));
    }
}
