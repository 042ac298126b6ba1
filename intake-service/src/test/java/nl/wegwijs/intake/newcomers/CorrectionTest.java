package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
import nl.wegwijs.intake.IntakeTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** Corrections are JSON merge patches (RFC 7396) and reach every holder of the data as NewcomerProfileCorrected. */
class CorrectionTest extends IntakeTestBase {

    @Test
    void theReadmeExampleChangesThePhoneAndKeepsTheEmailAndAddress() throws Exception {
        UUID id = recordIntake();

        correct(id, "{\"contact\": {\"phone\": \"+31 6 1111 2222\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.contact.phone").value("+31 6 1111 2222"))
                .andExpect(jsonPath("$.profile.contact.email").value("amal.darwish@example.net"))
                .andExpect(jsonPath("$.profile.contact.address.street").value("Voorbeeldlaan"));
        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.profile.contact.email").value("amal.darwish@example.net"))
                .andExpect(jsonPath("$.profile.contact.address.city").value("Zeist"));
        awaitOutboxEmpty();

        NewcomerProfileCorrected corrected = onlyCorrection(id);
        assertThat(corrected.changedFields()).containsExactly("contact");
        assertThat(corrected.newcomerId()).isEqualTo(id);
        assertThat(corrected.profile().contact().phone()).isEqualTo("+31 6 1111 2222");
        assertThat(corrected.profile().contact().email()).isEqualTo("amal.darwish@example.net");
        assertThat(corrected.profile().contact().address().postalCode()).isEqualTo("3701 XY");
    }

    @Test
    void nullRemovesANestedMemberObjectsMergeAndArraysReplace() throws Exception {
        UUID id = recordIntake();

        correct(
                        id,
                        "{\"languages\": [\"nl\"], \"contact\": {\"address\": null},"
                                + " \"household\": {\"adults\": 3}, \"tags\": {\"talents\": null}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.languages.length()").value(1))
                .andExpect(jsonPath("$.profile.contact.address").doesNotExist())
                .andExpect(jsonPath("$.profile.contact.phone").value("+31 6 0000 1742"))
                .andExpect(jsonPath("$.profile.household.adults").value(3))
                .andExpect(jsonPath("$.profile.household.childrenBirthYears.length()")
                        .value(2))
                .andExpect(jsonPath("$.profile.tags.ambitions[0]").value("work in a pharmacy"));
        awaitOutboxEmpty();

        NewcomerProfileCorrected corrected = onlyCorrection(id);
        assertThat(corrected.changedFields()).containsExactly("languages", "contact", "household", "tags");
        assertThat(corrected.profile().contact().address()).isNull();
        assertThat(corrected.profile().languages()).containsExactly("nl");
    }

    @Test
    void removingARequiredMemberIsRefusedNamingItAndWritesNothing() throws Exception {
        UUID id = recordIntake();
        awaitOutboxEmpty();
        Map<String, Long> before = endOffsets();

        correct(id, "{\"name\": {\"givenNames\": null}, \"contact\": {\"phone\": \"+31 6 1111 2222\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name.givenNames"));
        correct(id, "{\"household\": null}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("household"));
        correct(id, "{\"contact\": {\"address\": {\"city\": null}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contact.address.city"));

        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.profile.name.givenNames").value("Amal"))
                .andExpect(jsonPath("$.profile.contact.phone").value("+31 6 0000 1742"))
                .andExpect(jsonPath("$.profile.contact.address.city").value("Zeist"));
        awaitOutboxEmpty();
        assertThat(endOffsets()).isEqualTo(before);
    }

    /** The validator's own text would be the raw pattern: {@code moet overeenkomen met "\+?[0-9 ()-]{6,20}"}. */
    @Test
    void aRefusedCorrectionIsWordedAsARefusedIntakeInTheRequestsLanguage() throws Exception {
        UUID id = recordIntake();
        String badPhone = "{\"contact\": {\"phone\": \"call me\"}, \"languages\": [\"ar\", \"\"]}";

        correct(id, badPhone)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'contact.phone')].message")
                        .value("moet een telefoonnummer zijn"))
                .andExpect(jsonPath("$.errors[?(@.field == 'languages[1]')].message")
                        .value("moet een ISO 639-code zijn, zoals ar, ti of prs"));
        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .header("Accept-Language", "en")
                        .contentType("application/merge-patch+json")
                        .content(badPhone))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'contact.phone')].message")
                        .value("must be a phone number"));
    }

    @Test
    void aCorrectionThatChangesNothingPublishesNothing() throws Exception {
        UUID id = recordIntake();
        awaitOutboxEmpty();
        Map<String, Long> before = endOffsets();

        correct(id, "{\"contact\": {\"phone\": \"+31 6 0000 1742\"}, \"languages\": [\"ar\", \"en\", \"prs\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.contact.phone").value("+31 6 0000 1742"));
        awaitOutboxEmpty();

        assertThat(endOffsets()).isEqualTo(before);
    }

    private ResultActions correct(UUID id, String mergePatch) throws Exception {
        return mvc.perform(patch("/api/newcomers/{id}", id)
                .with(intakeOfficer())
                .contentType("application/merge-patch+json")
                .content(mergePatch));
    }

    private NewcomerProfileCorrected onlyCorrection(UUID id) {
        List<NewcomerProfileCorrected> corrections = records(Topics.NEWCOMER_PROFILED, id).stream()
                .map(IntakeTestBase::event)
                .filter(NewcomerProfileCorrected.class::isInstance)
                .map(NewcomerProfileCorrected.class::cast)
                .toList();
        assertThat(corrections).hasSize(1);
        return corrections.get(0);
    }
}
