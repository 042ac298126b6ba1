package nl.wegwijs.portal.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.portal.PortalSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** The person's roles, from the ID token claim the settings name, as {@code ROLE_<role>} authorities. */
final class RolesFromClaims implements GrantedAuthoritiesMapper {

    private final PortalSettings settings;

    RolesFromClaims(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                List<String> roles = oidc.getIdToken().getClaimAsStringList(settings.rolesClaim());
                if (roles != null) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
        }
        return mapped;
    }
}
