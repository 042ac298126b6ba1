package nl.wegwijs.platform.issuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.directory.PartnerDirectory;

/**
 * The token issuer's clients: one per partner of the directory, the intake officer, the coordinator, the metrics
 * scraper, and the referral and notification services for newcomer keys. Secrets default to a development value that the ready banner prints; each can be overridden.
 */
public record DevClients(List<DevClient> all) {

    public static DevClients forDirectory(PartnerDirectory directory, Map<String, String> secretOverrides) {
        List<DevClient> clients = new ArrayList<>();
        directory
                .partners()
                .forEach(partner -> clients.add(client(
                        "partner-" + partner.code().topicSlug(),
                        List.of("PARTNER"),
                        partner.code().value(),
                        secretOverrides)));
        clients.add(client("intake-officer", List.of("INTAKE"), null, secretOverrides));
        clients.add(client("coordinator", List.of("COORDINATOR"), null, secretOverrides));
        clients.add(client("prometheus", List.of("METRICS"), null, secretOverrides));
        // The services that read newcomers' events fetch their keys from the intake service (docs/adr/0025).
        clients.add(client("referral-service", List.of("NEWCOMER_KEYS"), null, secretOverrides));
        clients.add(client("notification-service", List.of("NEWCOMER_KEYS"), null, secretOverrides));
        return new DevClients(List.copyOf(clients));
    }

    private static DevClient client(String id, List<String> roles, String partner, Map<String, String> overrides) {
        return new DevClient(id, overrides.getOrDefault(id, id + "-dev-secret"), roles, partner);
    }

    public DevClient byId(String clientId) {
        return all.stream()
                .filter(client -> client.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No development client " + clientId));
    }
}
