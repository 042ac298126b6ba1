package nl.wegwijs.monitoring.reports;

import java.time.Instant;
import java.util.List;

/** The regie-overleg agenda: stalled referrals by partner, oldest first, then overdue follow-up conversations. */
public record Agenda(Instant generatedAt, List<AgendaItem> stalledReferrals, List<AgendaItem> overdueFollowUps) {}
