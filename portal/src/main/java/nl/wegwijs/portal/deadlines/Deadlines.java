package nl.wegwijs.portal.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The monitoring service's deadlines of open referrals' current phases; without them the pages still show the
 * referrals.
 */
@Component
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

    private final RestClient api;

    Deadlines(@Qualifier("monitoringApi") RestClient api) {
        this.api = api;
    }

    /** The signed-in worker's partner's, by referral. */
    public Map<UUID, Deadline> ofPartner() {
        return byReferral(uri -> uri.path("/api/partner/deadlines").build());
    }

    /** Those of the named referrals that are open. */
    public Map<UUID, Deadline> ofReferrals(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        return byReferral(uri -> uri.path("/api/referrals/deadlines")
                .queryParam("referralId", referralIds)
                .build());
    }

    private Map<UUID, Deadline> byReferral(Function<UriBuilder, URI> uri) {
        try {
            List<Deadline> deadlines =
                    api.get().uri(uri).retrieve().body(new ParameterizedTypeReference<List<Deadline>>() {});
            return deadlines == null
                    ? Map.of()
                    : deadlines.stream().collect(Collectors.toMap(Deadline::referralId, Function.identity()));
        } catch (RestClientException e) {
            log.warn("Deadlines unavailable from the monitoring service: {}", e.getMessage());
            return Map.of();
        }
    }

    /** The working-day deadline of a referral's current phase and whether it has passed. */
    public record Deadline(UUID referralId, String phase, LocalDate deadline, boolean passed, int overdueWorkingDays) {}
}
