package nl.wegwijs.monitoring.reports;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.monitoring.meetings.Agreement;

/**
 * One line of the regie-overleg agenda: a stalled referral, an overdue follow-up conversation, or a referral that
 * failed before it was issued ({@code dueDate} is then the day it failed). Ids only. {@code item} is the key
 * agreements are recorded under; {@code agreement} is this meeting's, {@code previousAgreement} the latest of an
 * earlier meeting.
 */
public record AgendaItem(
        String item,
        String kind,
        String partner,
        UUID referralId,
        UUID newcomerId,
        SlaPhase phase,
        Integer level,
        Integer followUpNumber,
        LocalDate dueDate,
        int overdueWorkingDays,
        ReferralFailureReason failureReason,
        Agreement agreement,
        Agreement previousAgreement) {

    AgendaItem withAgreements(Agreement now, Agreement before) {
        return new AgendaItem(
                item,
                kind,
                partner,
                referralId,
                newcomerId,
                phase,
                level,
                followUpNumber,
                dueDate,
                overdueWorkingDays,
                failureReason,
                now,
                before);
    }

    static final String CSV_HEADER =
            "kind,partner,referralId,newcomerId,phase,level,followUpNumber,dueDate,overdueWorkingDays,failureReason";

    String csv() {
        return String.join(
                ",",
                kind,
                text(partner),
                text(referralId),
                text(newcomerId),
                text(phase),
                text(level),
                text(followUpNumber),
                text(dueDate),
                String.valueOf(overdueWorkingDays),
                text(failureReason));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
