package nl.wegwijs.portal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class StepFormTest {

    @Test
    void anAcceptCarriesItsNoteAsTheReason() {
        assertThat(new StepForm("  Intake dinsdag  ", null, null, null).body("accept"))
                .isEqualTo(Map.of("reason", "Intake dinsdag"));
        assertThat(new StepForm("", null, null, null).body("accept")).isEmpty();
    }

    @Test
    void aDeclinePutsItsReasonFirstAndTheNoteAfter() {
        assertThat(new StepForm("Bel ons gerust", null, "OTHER", "Buiten ons aanbod").body("decline"))
                .isEqualTo(Map.of("reasonCode", "OTHER", "reason", "Buiten ons aanbod\n\nBel ons gerust"));
        assertThat(new StepForm(null, null, "NO_CAPACITY", "").body("decline"))
                .isEqualTo(Map.of("reasonCode", "NO_CAPACITY"));
    }

    @Test
    void aWaitlistCarriesTheExpectedStartOnlyForAWaitlist() {
        LocalDate start = LocalDate.of(2026, 11, 29);
        assertThat(new StepForm(null, start, null, null).body("waitlist"))
                .isEqualTo(Map.of("expectedStart", "2026-11-29"));
        assertThat(new StepForm(null, start, "OTHER", null).body("start")).isEmpty();
    }

    @Test
    void aRefusedStepIsExplainedByWhatTheServiceNamed() {
        assertThat(StepRefusal.messageKey(HttpStatus.CONFLICT, Map.of())).isEqualTo("refused.not-now");
        assertThat(StepRefusal.messageKey(
                        HttpStatus.BAD_REQUEST,
                        Map.of(
                                "detail",
                                "a decline for reason OTHER needs a text saying why",
                                "errors",
                                "[{field=reason}]")))
                .isEqualTo("refused.reason");
        assertThat(StepRefusal.messageKey(HttpStatus.BAD_REQUEST, Map.of("errors", "[{field=reasonCode}]")))
                .isEqualTo("refused.reason-code");
        assertThat(StepRefusal.messageKey(HttpStatus.BAD_REQUEST, Map.of("errors", "[{field=expectedStart}]")))
                .isEqualTo("refused.expected-start");
        assertThat(StepRefusal.messageKey(HttpStatus.SERVICE_UNAVAILABLE, Map.of()))
                .isEqualTo("refused.unavailable");
    }
}
