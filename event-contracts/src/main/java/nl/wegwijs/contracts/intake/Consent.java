package nl.wegwijs.contracts.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;

/** The newcomer's consent to share data with one partner, and who recorded it. */
public record Consent(PartnerCode partner, Status status, LocalDate recordedOn, String recordedBy) {

    public enum Status {
        GIVEN,
        REFUSED
    }

    public Consent {
        Require.present(partner, "partner");
        Require.present(status, "status");
        Require.present(recordedOn, "recordedOn");
        Require.text(recordedBy, "recordedBy");
    }

    @JsonIgnore
    public boolean isGiven() {
        return status == Status.GIVEN;
    }
}
