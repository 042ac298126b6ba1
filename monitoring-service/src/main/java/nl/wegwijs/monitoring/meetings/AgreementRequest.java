package nl.wegwijs.monitoring.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who does what, by when: names of organisations or colleagues, never of the newcomer (docs/adr/0019). */
public record AgreementRequest(
        @NotBlank @Size(max = 200) String who,
        @NotBlank @Size(max = 2000) String what,
        @NotNull LocalDate byWhen) {}
