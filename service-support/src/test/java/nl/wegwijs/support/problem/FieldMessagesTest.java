package nl.wegwijs.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A field that cannot be read is named as the client wrote it, in its terms and language, without Java names. */
class FieldMessagesTest {

    enum Urgency {
        NORMAL,
        URGENT
    }

    record Referral(Urgency urgency, LocalDate startOn, UUID id) {}

    record Intake(java.util.List<Referral> referrals) {}

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final FieldMessages messages = new FieldMessages(ProblemMessages.forService("test-service"));

    @Test
    void anEnumValueNotKnownListsTheValuesInEitherLanguage() {
        DatabindException e = refused("{\"referrals\":[{\"urgency\":\"SOON\"}]}");

        assertThat(FieldMessages.field(e)).isEqualTo("referrals[0].urgency");
        assertThat(messages.of(e, ProblemLanguage.DUTCH)).isEqualTo("moet een van deze zijn: NORMAL, URGENT");
        assertThat(messages.of(e, Locale.ENGLISH)).isEqualTo("must be one of NORMAL, URGENT");
    }

    @Test
    void datesIdsAndUnknownFieldsSayWhatIsExpected() {
        assertThat(messages.of(refused("{\"referrals\":[{\"startOn\":\"soon\"}]}"), Locale.ENGLISH))
                .isEqualTo("must be a date such as 2026-03-31");
        assertThat(messages.of(refused("{\"referrals\":[{\"id\":\"x\"}]}"), ProblemLanguage.DUTCH))
                .isEqualTo("moet een UUID zijn");
        DatabindException unknown = refused("{\"referrals\":[{\"colour\":\"red\"}]}");
        assertThat(FieldMessages.field(unknown)).isEqualTo("referrals[0].colour");
        assertThat(messages.of(unknown, ProblemLanguage.DUTCH)).isEqualTo("is geen bekend veld");
    }

    private DatabindException refused(String body) {
        try {
            json.readValue(body, Intake.class);
        } catch (DatabindException e) {
            return e;
        }
        throw new AssertionError("read without a problem: " + body);
    }
}
