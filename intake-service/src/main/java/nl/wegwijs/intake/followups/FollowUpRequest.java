package nl.wegwijs.intake.followups;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.intake.PillarOutcomes;
import nl.wegwijs.contracts.intake.ReferralReview;

/** What the officer records after a follow-up conversation. */
record FollowUpRequest(
        @NotNull LocalDate heldOn,
        @NotNull @Valid Pillars pillars,
        @NotNull @Size(max = 20) List<@NotNull @Valid Review> referralReviews,
        @Size(max = 4000) String notes) {

    record Pillars(
            @NotNull @Valid Language language,
            @NotNull @Valid SocialNetwork socialNetwork,
            @NotNull PillarOutcomes.Participation participation,
            @NotNull @Valid KnowingTheWay knowingTheWay) {

        PillarOutcomes toOutcomes() {
            return new PillarOutcomes(
                    new PillarOutcomes.Language(language.level(), language.supportReceived()),
                    new PillarOutcomes.SocialNetwork(socialNetwork.contactsWithResidents()),
                    participation,
                    new PillarOutcomes.KnowingTheWay(knowingTheWay.activitiesJoined(), knowingTheWay.satisfied()));
        }
    }

    record Language(
            @NotNull @Pattern(regexp = "A0|A1|A2|B1|B2|C1|C2")
            String level,

            @NotNull Boolean supportReceived) {}

    record SocialNetwork(@NotNull @Min(0) @Max(1000) Integer contactsWithResidents) {}

    record KnowingTheWay(
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> activitiesJoined,
            @NotNull Boolean satisfied) {}

    record Review(@NotNull UUID referralId, @NotNull ReferralReview.PickUp pickUp) {}
}
