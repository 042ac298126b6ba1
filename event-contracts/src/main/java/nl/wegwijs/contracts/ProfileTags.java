package nl.wegwijs.contracts;

import java.util.List;

/** Talents, ambitions and interests, as short tags. */
public record ProfileTags(List<String> talents, List<String> ambitions, List<String> interests) {

    public ProfileTags {
        talents = Require.listOf(talents);
        ambitions = Require.listOf(ambitions);
        interests = Require.listOf(interests);
    }

    public static ProfileTags none() {
        return new ProfileTags(List.of(), List.of(), List.of());
    }
}
