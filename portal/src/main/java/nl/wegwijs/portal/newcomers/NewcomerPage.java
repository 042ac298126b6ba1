package nl.wegwijs.portal.newcomers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** What the newcomer page shows beside the profile: each referral with the partner's last note, the follow-ups. */
@Component
class NewcomerPage {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final List<String> NOT_THE_PARTNERS = List.of("REQUESTED", "RECEIVED", "CANCELLED");

    private final RestClient referralApi;

    NewcomerPage(@Qualifier("referralApi") RestClient referralApi) {
        this.referralApi = referralApi;
    }

    /** A referral as the intake service shows it (live status), with the partner's last note from its timeline. */
    public record ReferralRow(Map<String, Object> referral, String lastPartnerNote) {}

    /** A follow-up conversation: due, held, or overdue (due before today and not held). */
    public record FollowUpRow(int number, String dueDate, String heldOn, boolean overdue) {}

    @SuppressWarnings("unchecked")
    List<ReferralRow> referrals(Map<String, Object> newcomer) {
        return ((List<Map<String, Object>>) newcomer.getOrDefault("referrals", List.of()))
                .stream()
                        .map(referral -> new ReferralRow(
                                referral,
                                lastPartnerNote(String.valueOf(referral.get("referralId")))
                                        .orElse(null)))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    List<FollowUpRow> followUps(Map<String, Object> newcomer, LocalDate today) {
        return ((List<Map<String, Object>>) newcomer.getOrDefault("followUps", List.of()))
                .stream()
                        .map(followUp -> {
                            Object heldOn = followUp.get("heldOn");
                            String due = String.valueOf(followUp.get("dueDate"));
                            return new FollowUpRow(
                                    ((Number) followUp.get("number")).intValue(),
                                    due,
                                    heldOn == null ? null : String.valueOf(heldOn),
                                    heldOn == null && LocalDate.parse(due).isBefore(today));
                        })
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private Optional<String> lastPartnerNote(String referralId) {
        try {
            Map<String, Object> referral = referralApi
                    .get()
                    .uri("/api/referrals/{id}", UUID.fromString(referralId))
                    .retrieve()
                    .body(JSON);
            List<Map<String, Object>> timeline =
                    (List<Map<String, Object>>) referral.getOrDefault("timeline", List.of());
            for (int i = timeline.size() - 1; i >= 0; i--) {
                Map<String, Object> entry = timeline.get(i);
                if (!NOT_THE_PARTNERS.contains(String.valueOf(entry.get("to"))) && entry.get("reason") != null) {
                    return Optional.of(String.valueOf(entry.get("reason")));
                }
            }
            return Optional.empty();
        } catch (RestClientResponseException e) {
            return Optional.empty();
        }
    }
}
