package nl.wegwijs.platform.issuer;

import java.util.List;
import java.util.Objects;

/** A client_credentials client of the dev token issuer. {@code partnerCode} is null for non-partner clients. */
public record DevClient(String clientId, String secret, List<String> roles, String partnerCode) {

    public DevClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        roles = List.copyOf(roles);
    }
}
