package nl.wegwijs.portal.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.portal.deadlines.Deadlines.Deadline;

/**
 * One referral in the inbox.
 *
 * @param deadline null when no deadline runs (closed, or the monitoring service did not answer)
 * @param daysWaiting calendar days since the referral was requested
 */
public record InboxRow(
        UUID id,
        String name,
        ReferralStatus status,
        InboxGroup group,
        String urgency,
        List<String> lifeDomains,
        Deadline deadline,
        long daysWaiting) {

    @SuppressWarnings("unchecked")
    static InboxRow of(Map<String, Object> view, Deadline deadline, LocalDate today, ZoneId zone) {
        Map<String, Object> referral = (Map<String, Object>) view.get("referral");
        ReferralStatus status = ReferralStatus.valueOf((String) view.get("status"));
        LocalDate requested =
                Instant.parse((String) view.get("requestedAt")).atZone(zone).toLocalDate();
        return new InboxRow(
                UUID.fromString((String) view.get("referralId")),
                referral == null ? null : Values.display(referral.get("name")),
                status,
                InboxGroup.of(status),
                referral == null ? null : (String) referral.get("urgency"),
                referral == null ? List.of() : (List<String>) referral.getOrDefault("lifeDomains", List.of()),
                status.isTerminal() ? null : deadline,
                ChronoUnit.DAYS.between(requested, today));
    }

    public boolean urgent() {
        return "URGENT".equals(urgency);
    }
}
