package nl.wegwijs.intake.newcomers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What statistics keep of an erased newcomer, under an id of its own (docs/adr/0027): not the newcomer's id, case
 * number or referral ids, which the newcomer's erased record and the Kafka records carry, so nothing joins the two.
 */
public record AnonymousIntake(UUID id, AnonymousProfile profile, List<FollowUpDates> followUps) {

    /** When a follow-up conversation was due and when it was held, if it was. */
    public record FollowUpDates(LocalDate dueDate, LocalDate heldOn) {}

    static AnonymousIntake of(Newcomer newcomer) {
        return new AnonymousIntake(
                UUID.randomUUID(),
                AnonymousProfile.of(newcomer.profile()),
                newcomer.followUps().stream()
                        .map(f -> new FollowUpDates(f.dueDate(), f.heldOn()))
                        .toList());
    }
}
