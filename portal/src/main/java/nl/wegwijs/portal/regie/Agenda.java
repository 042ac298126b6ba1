package nl.wegwijs.portal.regie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The monitoring service's regie-overleg agenda as it answers it: ids and codes, and the agreements. */
record Agenda(
        LocalDate meetingDate,
        LocalDate previousMeetingDate,
        List<Item> stalledReferrals,
        List<Item> overdueFollowUps,
        List<Item> failedReferrals) {

    Stream<Item> items() {
        return Stream.of(stalledReferrals, overdueFollowUps, failedReferrals).flatMap(List::stream);
    }

    record Item(
            String item,
            String kind,
            String partner,
            UUID referralId,
            UUID newcomerId,
            String phase,
            Integer level,
            Integer followUpNumber,
            LocalDate dueDate,
            int overdueWorkingDays,
            String failureReason,
            Agreement agreement,
            Agreement previousAgreement) {}

    record Agreement(LocalDate meetingDate, String who, String what, LocalDate byWhen) {}
}
