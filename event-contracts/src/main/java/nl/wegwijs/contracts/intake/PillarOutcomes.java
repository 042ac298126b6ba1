package nl.wegwijs.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.wegwijs.contracts.Require;

/** Where the newcomer stands on the four pillars of integration the municipality measures. */
public record PillarOutcomes(
        Language language, SocialNetwork socialNetwork, Participation participation, KnowingTheWay knowingTheWay) {

    public PillarOutcomes {
        Require.present(language, "language");
        Require.present(socialNetwork, "socialNetwork");
        Require.present(participation, "participation");
        Require.present(knowingTheWay, "knowingTheWay");
    }

    /** @param level the Dutch level reached, such as {@code A2} */
    public record Language(
            String level, @JsonProperty(required = true) boolean supportReceived) {
        public Language {
            Require.text(level, "level");
        }
    }

    /** @param contactsWithResidents contacts with residents who are not newcomers themselves */
    public record SocialNetwork(
            @JsonProperty(required = true) int contactsWithResidents) {
        public SocialNetwork {
            Require.atLeast(contactsWithResidents, 0, "contactsWithResidents");
        }
    }

    public enum Participation {
        EDUCATION,
        VOLUNTEERING,
        PAID_WORK,
        NONE
    }

    public record KnowingTheWay(
            List<String> activitiesJoined,
            @JsonProperty(required = true) boolean satisfied) {
        public KnowingTheWay {
            activitiesJoined = Require.listOf(activitiesJoined);
        }
    }
}
