package nl.wegwijs.portal.newcomers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.portal.deadlines.Deadlines;
import nl.wegwijs.portal.deadlines.Deadlines.Deadline;
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
    private final Deadlines deadlines;

    NewcomerPage(@Qualifier("referralApi") RestClient referralApi, Deadlines deadlines) {
        this.referralApi = referralApi;
        this.deadlines = deadlines;
    }

    /**
     * A referral as the intake service shows it (live status), with the partner's last note from its timeline and,
     * while it is open, the deadline of its current phase.
     */
    public record ReferralRow(Map<String, Object> referral, String lastPartnerNote, Deadline deadline) {}

    /** A follow-up conversation: due, held, or overdue (due before today and not held). */
    public record FollowUpRow(int number, String dueDate, String heldOn, boolean overdue) {}

    @SuppressWarnings("unchecked")
    List<ReferralRow> referrals(Map<String, Object> newcomer) {
        List<Map<String, Object>> referrals = (List<Map<String, Object>>) newcomer.getOrDefault("referrals", List.of());
        Map<UUID, Deadline> due =
                deadlines.ofReferrals(referrals.stream().map(NewcomerPage::idOf).toList());
        return referrals.stream()
                .map(referral -> new ReferralRow(
                        referral, lastPartnerNote(idOf(referral)).orElse(null), due.get(idOf(referral))))
                .toList();
    }

    private static UUID idOf(Map<String, Object> referral) {
        return UUID.fromString(String.valueOf(referral.get("referralId")));
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
    private Optional<String> lastPartnerNote(UUID referralId) {
        try {
            Map<String, Object> referral = referralApi
                    .get()
                    .uri("/api/referrals/{id}", referralId)
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
