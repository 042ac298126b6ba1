package nl.wegwijs.referral.partners;

import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.support.problem.ForbiddenException;
import nl.wegwijs.support.security.TokenClaims;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The partner a token speaks for: its {@code partner} claim, never a path or a body (ADR 4). */
@Component
public class PartnerIdentity {

    private final PartnerDirectory directory;

    PartnerIdentity(PartnerDirectory directory) {
        this.directory = directory;
    }

    /** @throws ForbiddenException 403 when the token names no partner of the directory */
    public Partner of(Jwt token) {
        String code = TokenClaims.partner(token).orElse(null);
        if (code == null || !PartnerCode.isValid(code)) {
            throw new ForbiddenException("problem.no-partner");
        }
        return directory
                .partner(PartnerCode.of(code))
                .orElseThrow(() -> new ForbiddenException("problem.unknown-partner"));
    }
}
