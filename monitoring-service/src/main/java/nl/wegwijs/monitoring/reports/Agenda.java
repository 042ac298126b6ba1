package nl.wegwijs.monitoring.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The regie-overleg agenda for the meeting of {@code meetingDate}: stalled referrals by partner, oldest first; overdue
 * follow-up conversations; referrals that failed before they were issued, with their reason, until the newcomer is
 * referred to that partner again.
 */
public record Agenda(
        Instant generatedAt,
        LocalDate meetingDate,
        LocalDate previousMeetingDate,
        List<AgendaItem> stalledReferrals,
        List<AgendaItem> overdueFollowUps,
        List<AgendaItem> failedReferrals) {}
