package nl.wegwijs.monitoring.reports;

import java.time.Instant;
import java.util.List;

/**
 * The regie-overleg agenda: stalled referrals by partner, oldest first; overdue follow-up conversations; referrals
 * that failed before they were issued, with their reason, until the newcomer is referred to that partner again.
 */
public record Agenda(
        Instant generatedAt,
        List<AgendaItem> stalledReferrals,
        List<AgendaItem> overdueFollowUps,
        List<AgendaItem> failedReferrals) {}
