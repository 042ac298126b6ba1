package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the intake conversation found in one life domain. */
public record DomainAssessment(
        LifeDomain domain,
        String situation,
        @JsonProperty(required = true) boolean supportNeeded,
        Urgency urgency) {

    public DomainAssessment {
        Require.present(domain, "domain");
        Require.present(urgency, "urgency");
    }
}
