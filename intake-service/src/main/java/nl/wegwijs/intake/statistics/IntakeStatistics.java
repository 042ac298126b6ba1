package nl.wegwijs.intake.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts for a period, no personal data: intakes by country of origin (erased newcomers included, from what erasure
 * keeps), follow-up conversations held in the period, and of those due in it, how many are past their due date
 * without being held.
 */
public record IntakeStatistics(
        LocalDate from,
        LocalDate to,
        int intakes,
        Map<String, Integer> intakesByCountryOfOrigin,
        int followUpsHeld,
        int followUpsDue,
        int followUpsOverdue) {}
