package nl.wegwijs.intake.newcomers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/newcomers}: the shape of the {@code NewcomerProfiled} event without the ids. */
public record NewcomerRequest(
        @NotNull @Valid ProfileInput profile,
        @Size(max = 20) List<@NotNull @Valid ReferralInput> referrals) {

    List<ReferralInput> referralsOrNone() {
        return referrals == null ? List.of() : referrals;
    }
}
