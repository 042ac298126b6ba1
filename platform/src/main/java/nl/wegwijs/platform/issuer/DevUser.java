package nl.wegwijs.platform.issuer;

import java.util.List;
import java.util.Objects;

/**
 * A person of the development issuer: signs in to the portal with a one-time link mailed to {@code email}.
 * {@code partnerCode} is null for people of the municipality.
 */
public record DevUser(String email, String displayName, List<String> roles, String partnerCode) {

    public DevUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        roles = List.copyOf(roles);
    }
}
