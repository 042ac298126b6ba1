package nl.wegwijs.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
}
