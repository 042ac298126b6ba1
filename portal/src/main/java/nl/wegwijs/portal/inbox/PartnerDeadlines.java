package nl.wegwijs.portal.inbox;

import java.time.LocalDate;
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

/** The monitoring service's deadlines of the worker's partner; without them the inbox still shows the referrals. */
@Component
public class PartnerDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PartnerDeadlines.class);

    private final RestClient api;

    PartnerDeadlines(@Qualifier("monitoringApi") RestClient api) {
        this.api = api;
    }

    Map<UUID, Deadline> byReferral() {
        try {
            List<Deadline> deadlines = api.get()
                    .uri("/api/partner/deadlines")
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<Deadline>>() {});
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
