package nl.wegwijs.referral.lifecycle;

import java.time.LocalDate;
import nl.wegwijs.contracts.DeclineReason;

/**
 * What comes with a step: a decline needs a reason code, and a text when the code is OTHER; a waitlist an expected
 * start or a wait in weeks; a failure and a cancellation a reason.
 */
public record StepDetails(DeclineReason reasonCode, String reason, LocalDate expectedStart, Integer waitWeeks) {

    public static final int MAX_REASON_LENGTH = 2000;

    public static StepDetails none() {
        return new StepDetails(null, null, null, null);
    }

    public static StepDetails because(String reason) {
        return new StepDetails(null, reason, null, null);
    }

    /** @throws MissingDetail naming the field that the step needs or that is out of range */
    public void requireFor(Action action) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new MissingDetail("reason", "detail.reason-too-long", MAX_REASON_LENGTH);
        }
        if (waitWeeks != null && (waitWeeks < 1 || waitWeeks > 104)) {
            throw new MissingDetail("waitWeeks", "detail.wait-weeks-range");
        }
        switch (action) {
            case DECLINE -> {
                if (reasonCode == null) {
                    throw new MissingDetail("reasonCode", "detail.decline-needs-reason-code");
                }
                if (reasonCode == DeclineReason.OTHER && (reason == null || reason.isBlank())) {
                    throw new MissingDetail("reason", "detail.other-needs-text");
                }
            }
            case WAITLIST -> {
                if (expectedStart == null && waitWeeks == null) {
                    throw new MissingDetail("expectedStart", "detail.waitlist-needs-start");
                }
            }
            case FAIL, CANCEL -> {
                if (reason == null || reason.isBlank()) {
                    throw new MissingDetail("reason", "detail.needs-reason", action.pathName());
                }
            }
            default -> {}
        }
    }

    /** The expected start: the given date, or today plus the wait in weeks. */
    public LocalDate expectedStartFrom(LocalDate today) {
        if (expectedStart != null) {
            return expectedStart;
        }
        return waitWeeks == null ? null : today.plusWeeks(waitWeeks);
    }
}
