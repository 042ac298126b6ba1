package nl.wegwijs.notification.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.SlaPhase;

/**
 * One escalation as a mail shows it. No personal data: the reference is the referral's id (or, for a follow-up, the
 * newcomer's pseudonymous id). The contract events carry no initials, so mails show none.
 *
 * @param partner null for a follow-up
 * @param phase null for a follow-up
 * @param openBacklog the partner's open referrals as monitoring last counted them before {@code escalatedAt}
 * @param followUpNumber 1, 2 or 3 for a follow-up conversation, else null
 * @param escalatedAt when monitoring raised the escalation, so a digest can show the newest backlog count
 */
public record NotificationItem(
        UUID reference,
        PartnerCode partner,
        SlaPhase phase,
        int level,
        int overdueWorkingDays,
        Integer openBacklog,
        Integer followUpNumber,
        LocalDate dueDate,
        Instant escalatedAt) {}
