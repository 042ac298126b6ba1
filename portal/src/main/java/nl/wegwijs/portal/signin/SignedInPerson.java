package nl.wegwijs.portal.signin;

import java.util.Optional;
import nl.wegwijs.portal.PortalSettings;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** What the pages need to know of the signed-in person: a partner worker's partner code and a name to show. */
@Component
public class SignedInPerson {

    /** The client registration of the OpenID Connect provider. */
    public static final String REGISTRATION = "wegwijs";

    public static final String SESSION_COOKIE = "WEGWIJS_PORTAL_SESSION";

    private final PortalSettings settings;

    SignedInPerson(PortalSettings settings) {
        this.settings = settings;
    }

    public Optional<String> partner(OidcUser person) {
        return Optional.ofNullable(person.getIdToken().getClaimAsString(settings.partnerClaim()));
    }
}
