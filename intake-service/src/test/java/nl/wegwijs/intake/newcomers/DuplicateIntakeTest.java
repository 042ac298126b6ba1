package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import nl.wegwijs.intake.IntakeTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A second intake of the same name and date of birth is a possible duplicate, unless the officer confirms otherwise. */
class DuplicateIntakeTest extends IntakeTestBase {

    @Test
    void theSameNameAndBirthDateIgnoringCaseAccentsAndSpacesAnswers409NamingTheNewcomerAndTheFields() throws Exception {
        String family = "Haddad" + unique();
        UUID first = created(firstIntakeOf(family));
        awaitOutboxEmpty();
        Map<String, Long> before = endOffsets();
        String again = firstIntakeOf("  " + family.toUpperCase() + " ").replace("\"Amal\"", "\"ámal \"");

        mvc.perform(postIntake(again))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.existingNewcomerId").value(first.toString()))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "profile.name.givenNames", "profile.name.familyName", "profile.dateOfBirth")));
        awaitOutboxEmpty();
        assertThat(endOffsets()).as("nothing published").isEqualTo(before);

        UUID second = created(again.replaceFirst("\\{", "{\"differentPersonConfirmed\": true,"));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void anotherDateOfBirthOrAnErasedNewcomerIsNoDuplicate() throws Exception {
        String family = "Tesfaye" + unique();
        UUID first = created(firstIntakeOf(family));

        created(firstIntakeOf(family).replace("1994-05-17", "1994-05-18"));
        mvc.perform(delete("/api/newcomers/{id}", first).with(intakeOfficer())).andExpect(status().isNoContent());
        created(firstIntakeOf(family));
    }

    @Test
    void anIdempotentRetryAnswersAsBeforeAndNotWith409() throws Exception {
        String body = firstIntakeOf("Osman" + unique());
        String key = "intake-dup-" + unique();

        UUID first = UUID.fromString(body(mvc.perform(postIntake(body).header("Idempotency-Key", key))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Idempotent-Replayed", "false"))
                        .andReturn())
                .get("newcomerId")
                .asString());
        mvc.perform(postIntake(body).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.newcomerId").value(first.toString()));
        mvc.perform(postIntake(body).header("Idempotency-Key", key + "-other"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingNewcomerId").value(first.toString()));
    }

    private UUID created(String body) throws Exception {
        return UUID.fromString(body(mvc.perform(postIntake(body))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("newcomerId")
                .asString());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }
}
