package nl.wegwijs.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SecurityRolesTest extends IntakeTestBase {

    @Test
    void withoutTokenEveryNewcomerEndpointAnswers401AsProblem() throws Exception {
        mvc.perform(post("/api/newcomers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validRequest()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/newcomers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/newcomers/{id}", UUID.randomUUID())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").param("newcomerId", UUID.randomUUID().toString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void partnerTokenIsForbiddenToReadOrWriteProfiles() throws Exception {
        UUID id = recordIntake();
        mvc.perform(post("/api/newcomers")
                        .with(partner("TAALHUIS"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validRequest()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/newcomers/{id}", id).with(partner("TAALHUIS"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/newcomers").with(partner("RSD"))).andExpect(status().isForbidden());
    }

    @Test
    void coordinatorReadsButDoesNotRecordIntakesAndOnlyTheCoordinatorReadsTheAudit() throws Exception {
        UUID id = recordIntake();
        mvc.perform(post("/api/newcomers")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validRequest()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/newcomers/{id}", id).with(coordinator())).andExpect(status().isOk());
        mvc.perform(get("/api/newcomers").with(coordinator())).andExpect(status().isOk());
        mvc.perform(get("/api/newcomers/{id}/follow-ups", id).with(coordinator()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isOk());
        mvc.perform(get("/api/audit").param("newcomerId", id.toString()).with(intakeOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").param("newcomerId", id.toString()).with(coordinator()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/partners").with(coordinator())).andExpect(status().isOk());
    }

    @Test
    void openApiDescriptionIsServedWithoutToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/newcomers/{id}/follow-ups")));
    }

    @Test
    void unknownNewcomerIs404AndAMalformedIdIs400NamingIt() throws Exception {
        mvc.perform(get("/api/newcomers/{id}", UUID.randomUUID()).with(intakeOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/newcomers/not-a-uuid").with(intakeOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                                .value("id"));
    }

    /** Problems are Dutch unless the client asks for English, field messages and the 401 included (ADR 14). */
    @Test
    void problemsAreInDutchByDefaultAndInEnglishByAcceptLanguage() throws Exception {
        mvc.perform(get("/api/newcomers/not-a-uuid").with(intakeOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Language", "nl"))
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value("Het verzoek heeft ongeldige parameters."))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("moet een UUID zijn"));
        mvc.perform(get("/api/newcomers/not-a-uuid").with(intakeOfficer()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request has invalid parameters."))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));

        UUID unknown = UUID.randomUUID();
        mvc.perform(get("/api/newcomers/{id}", unknown).with(intakeOfficer()))
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value("Er is geen nieuwkomer " + unknown + "."));
        mvc.perform(get("/api/newcomers/{id}", unknown).with(intakeOfficer()).header("Accept-Language", "en-GB,en"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("No newcomer " + unknown + "."));

        mvc.perform(get("/api/newcomers"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.detail").value("Een geldig bearer-token is nodig."));
        mvc.perform(get("/api/newcomers").with(partner("RSD")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this request."));
    }
}
