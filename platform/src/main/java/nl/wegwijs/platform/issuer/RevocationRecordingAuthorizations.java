package nl.wegwijs.platform.issuer;

import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The issuer's authorizations, noting each access token that the revocation endpoint ({@code /oauth2/revoke})
 * invalidates, directly or through its refresh token, in {@link RevokedTokens}.
 */
final class RevocationRecordingAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService authorizations;
    private final RevokedTokens revoked;

    RevocationRecordingAuthorizations(OAuth2AuthorizationService authorizations, RevokedTokens revoked) {
        this.authorizations = authorizations;
        this.revoked = revoked;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken != null && accessToken.isInvalidated() && accessToken.getClaims() != null) {
            Object tokenId = accessToken.getClaims().get(JwtClaimNames.JTI);
            Instant expiresAt = accessToken.getToken().getExpiresAt();
            if (tokenId != null && expiresAt != null) {
                revoked.revoke(tokenId.toString(), expiresAt);
            }
        }
        authorizations.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }
}
