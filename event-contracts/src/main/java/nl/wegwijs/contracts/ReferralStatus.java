package nl.wegwijs.contracts;

import java.util.Locale;
import java.util.Optional;

/** The referral lifecycle; the states follow the HL7 FHIR Task status codes. */
public enum ReferralStatus {
    REQUESTED,
    RECEIVED,
    ACCEPTED,
    WAITLISTED,
    IN_PROGRESS,
    COMPLETED,
    REJECTED,
    CANCELLED,
    FAILED;

    public boolean isTerminal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED || this == FAILED;
    }

    /** The FHIR Task status code, such as {@code in-progress}. */
    public String fhirCode() {
        return this == WAITLISTED ? "on-hold" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** FHIR has no waitlist status: it is {@code on-hold} with this business status. */
    public Optional<String> fhirBusinessStatus() {
        return this == WAITLISTED ? Optional.of("waitlisted") : Optional.empty();
    }
}
