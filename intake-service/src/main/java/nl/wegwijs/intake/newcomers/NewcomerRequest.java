package nl.wegwijs.intake.newcomers;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/newcomers}: the shape of the {@code NewcomerProfiled} event without the ids. */
public record NewcomerRequest(
        @NotNull @Valid ProfileInput profile,
        @Size(max = 20) List<@NotNull @Valid ReferralInput> referrals,

        @Schema(
                description = "true when the officer checked that this is not the newcomer of the same name and date"
                        + " of birth that the 409 answer named (existingNewcomerId); without it such an intake is"
                        + " refused as a possible duplicate")
        Boolean differentPersonConfirmed) {

    List<ReferralInput> referralsOrNone() {
        return referrals == null ? List.of() : referrals;
    }

    boolean confirmedDifferentPerson() {
        return Boolean.TRUE.equals(differentPersonConfirmed);
    }
}
