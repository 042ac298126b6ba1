package nl.wegwijs.portal.household;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Who a newcomer id stands for, asked of the intake service with the signed-in person's token each time: the
 * monitoring service knows ids only, and the portal keeps nothing (docs/adr/0019).
 */
@Component
public class Households {

    private final RestClient intake;

    Households(@Qualifier("intakeApi") RestClient intake) {
        this.intake = intake;
    }

    /** A newcomer's name and case number; {@code name} is null for one that is erased or unknown. */
    public record Household(UUID id, String name, String caseNumber) {

        public boolean known() {
            return name != null;
        }

        static Household of(UUID id, Map<String, Object> newcomer) {
            return new Household(id, nameOf(newcomer), (String) newcomer.get("caseNumber"));
        }
    }

    public Household of(UUID id) {
        return newcomer(id).map(newcomer -> Household.of(id, newcomer)).orElseGet(() -> new Household(id, null, null));
    }

    /** The intake service's newcomer view (profile, referrals with their live status), or empty when erased or unknown. */
    Optional<Map<String, Object>> newcomer(UUID id) {
        try {
            return Optional.ofNullable(intake.get()
                    .uri("/api/newcomers/{id}", id)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {}));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Optional.empty();
        }
    }

    public Map<UUID, Household> of(Collection<UUID> ids) {
        Map<UUID, Household> found = new LinkedHashMap<>();
        ids.stream().distinct().forEach(id -> found.put(id, of(id)));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static String nameOf(Map<String, Object> newcomer) {
        Map<String, Object> profile = (Map<String, Object>) newcomer.get("profile");
        Map<String, Object> name = profile == null ? null : (Map<String, Object>) profile.get("name");
        return name == null ? null : name.get("givenNames") + " " + name.get("familyName");
    }
}
