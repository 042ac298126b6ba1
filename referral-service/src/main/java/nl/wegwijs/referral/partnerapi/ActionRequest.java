package nl.wegwijs.referral.partnerapi;

import java.time.LocalDate;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.referral.lifecycle.StepDetails;

/** The optional body of a partner's step: what a decline, waitlist or failure needs. */
record ActionRequest(DeclineReason reasonCode, String reason, LocalDate expectedStart, Integer waitWeeks) {

    StepDetails details() {
        return new StepDetails(reasonCode, reason, expectedStart, waitWeeks);
    }
}
