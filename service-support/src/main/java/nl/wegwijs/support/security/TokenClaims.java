package nl.wegwijs.support.security;

import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims of the platform's tokens that the services read (docs/adr/0004). */
public final class TokenClaims {

    /** The roles of the holder, such as {@code ["INTAKE"]}. */
    public static final String ROLES = "roles";

    /** The partner code a partner's token speaks for, such as {@code RSD}. */
    public static final String PARTNER = "partner";

    private TokenClaims() {}

    public static Optional<String> partner(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString(PARTNER));
    }
}
