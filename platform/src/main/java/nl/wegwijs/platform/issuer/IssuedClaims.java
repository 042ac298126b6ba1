package nl.wegwijs.platform.issuer;

import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * {@code roles} and {@code partner}: a client's own for client credentials; the signed-in person's for the portal,
 * in the access token (the services read it) and the ID token (the portal reads it). An access token's {@code aud}
 * names the services its roles call ({@link Audiences}); without any, it has no {@code aud} and no service takes it.
 */
final class IssuedClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "wegwijs.roles";

    static final String PARTNER = "wegwijs.partner";

    private final PeopleSignIn people;
    private final Audiences audiences;

    IssuedClaims(PeopleSignIn people, Audiences audiences) {
        this.people = people;
        this.audiences = audiences;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSettings settings = context.getRegisteredClient().getClientSettings();
            List<String> roles = settings.getSetting(ROLES);
            String partner = settings.getSetting(PARTNER);
            context.getClaims().claim("roles", roles);
            if (partner != null) {
                context.getClaims().claim("partner", partner);
            }
            audience(context, accessToken, roles);
            return;
        }
        List<String> roles = people.user(context.getPrincipal().getName())
                .map(user -> {
                    context.getClaims().claim("roles", user.roles());
                    context.getClaims().claim("email", user.email());
                    context.getClaims().claim("name", user.displayName());
                    if (user.partnerCode() != null) {
                        context.getClaims().claim("partner", user.partnerCode());
                    }
                    return user.roles();
                })
                .orElse(List.of());
        audience(context, accessToken, roles);
    }

    /** Only the access token: an ID token's audience stays the portal, as OpenID Connect requires. */
    private void audience(JwtEncodingContext context, boolean accessToken, List<String> roles) {
        if (!accessToken) {
            return;
        }
        List<String> services = audiences.forRoles(roles);
        if (services.isEmpty()) {
            context.getClaims().claims(claims -> claims.remove(JwtClaimNames.AUD));
        } else {
            context.getClaims().audience(services);
        }
    }
}
