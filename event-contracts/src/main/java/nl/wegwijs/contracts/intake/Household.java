package nl.wegwijs.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.wegwijs.contracts.Require;

/** Who lives with the newcomer: the number of adults (the newcomer included) and the children's birth years. */
public record Household(@JsonProperty(required = true) int adults, List<Integer> childrenBirthYears) {

    public Household {
        Require.between(adults, 1, 20, "adults");
        childrenBirthYears = Require.listOf(childrenBirthYears);
    }
}
