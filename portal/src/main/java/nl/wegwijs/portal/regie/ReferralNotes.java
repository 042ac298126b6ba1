package nl.wegwijs.portal.regie;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The last note on a referral's timeline, from the referral service: what the partner last wrote about it. */
@Component
class ReferralNotes {

    private final RestClient referrals;

    ReferralNotes(@Qualifier("referralApi") RestClient referrals) {
        this.referrals = referrals;
    }

    record Note(Instant at, String text) {}

    @SuppressWarnings("unchecked")
    Optional<Note> last(UUID referralId) {
        try {
            Map<String, Object> referral = referrals
                    .get()
                    .uri("/api/referrals/{id}", referralId)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
            List<Map<String, Object>> timeline = (List<Map<String, Object>>) referral.get("timeline");
            Note last = null;
            for (Map<String, Object> entry : timeline) {
                Object reason = entry.get("reason");
                if (reason instanceof String text && !text.isBlank()) {
                    last = new Note(Instant.parse((String) entry.get("at")), text);
                }
            }
            return Optional.ofNullable(last);
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }
}
