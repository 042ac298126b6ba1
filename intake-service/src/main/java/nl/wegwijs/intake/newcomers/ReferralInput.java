package nl.wegwijs.intake.newcomers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.Urgency;

/** A referral the officer decided on; the partner is checked against the directory by {@link ReferralRules}. */
public record ReferralInput(
        @NotBlank String partner,
        @NotNull @Size(min = 1, max = 9) List<@NotNull LifeDomain> lifeDomains,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Urgency urgency) {}
