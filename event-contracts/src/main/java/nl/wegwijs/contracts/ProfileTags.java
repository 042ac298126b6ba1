package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Talents, ambitions and interests, as short tags; and the newcomer's worries, which stay with the municipality: a
 * partner allowed the tags receives them {@link #forPartner() without the worries}.
 */
public record ProfileTags(
        List<String> talents,
        List<String> ambitions,
        List<String> interests,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> worries) {

    public ProfileTags {
        talents = Require.listOf(talents);
        ambitions = Require.listOf(ambitions);
        interests = Require.listOf(interests);
        worries = Require.listOf(worries);
    }

    public static ProfileTags none() {
        return new ProfileTags(List.of(), List.of(), List.of(), List.of());
    }

    /** What a partner allowed the tags receives. */
    public ProfileTags forPartner() {
        return new ProfileTags(talents, ambitions, interests, List.of());
    }
}
