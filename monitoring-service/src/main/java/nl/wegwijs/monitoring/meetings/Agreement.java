package nl.wegwijs.monitoring.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the regie-overleg agreed about one agenda item: who does what, by when. {@code item} is the agenda item's
 * key (the referral id, or {@code follow-up:<newcomer>:<number>}); {@code meetingDate} the meeting it belongs to.
 */
public record Agreement(
        String item, LocalDate meetingDate, String who, String what, LocalDate byWhen, Instant recordedAt) {}
