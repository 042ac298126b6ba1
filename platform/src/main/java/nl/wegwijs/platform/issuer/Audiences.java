package nl.wegwijs.platform.issuer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * The services an access token may be used at (its {@code aud}), by the roles it carries: what each role's endpoints
 * need (docs/adr/0024). {@code TOKEN_AUDIENCES_<ROLE>} (comma-separated service names) replaces a role's default.
 */
final class Audiences {

    private static final String INTAKE = "intake-service";
    private static final String REFERRAL = "referral-service";
    private static final String MONITORING = "monitoring-service";
    private static final String NOTIFICATION = "notification-service";

    /** The intake service asks monitoring for an agreements card's figures with the caller's own token (ADR 22). */
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "PARTNER", List.of(REFERRAL, MONITORING),
            "INTAKE", List.of(INTAKE, REFERRAL, MONITORING),
            "COORDINATOR", List.of(INTAKE, REFERRAL, MONITORING, NOTIFICATION),
            "METRICS", List.of(INTAKE, REFERRAL, MONITORING, NOTIFICATION),
            "NEWCOMER_KEYS", List.of(INTAKE));

    private final Map<String, List<String>> byRole;

    private Audiences(Map<String, List<String>> byRole) {
        this.byRole = Map.copyOf(byRole);
    }

    static Audiences from(Environment environment) {
        return new Audiences(DEFAULTS.keySet().stream()
                .collect(Collectors.toMap(role -> role, role -> servicesOf(environment, role))));
    }

    private static List<String> servicesOf(Environment environment, String role) {
        String configured = environment.getProperty("TOKEN_AUDIENCES_" + role);
        if (configured == null) {
            return DEFAULTS.get(role);
        }
        return Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(service -> !service.isEmpty())
                .toList();
    }

    /** The services any of these roles may call, in a stable order; empty for roles that call none. */
    List<String> forRoles(Collection<String> roles) {
        return roles.stream()
                .flatMap(role -> byRole.getOrDefault(role, List.of()).stream())
                .distinct()
                .sorted()
                .toList();
    }
}
