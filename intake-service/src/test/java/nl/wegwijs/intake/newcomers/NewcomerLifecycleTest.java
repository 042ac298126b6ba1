package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.contracts.intake.ReferralReview;
import nl.wegwijs.intake.IntakeTestBase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Reading, correcting, referring, following up and erasing one newcomer, through the API and the topics. */
class NewcomerLifecycleTest extends IntakeTestBase {

    @Test
    void intakeOfficerAndCoordinatorReadTheProfileAndTheCoordinatorSeesWhoDid() throws Exception {
        UUID id = recordIntake();

        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.name.givenNames").value("Amal"))
                .andExpect(jsonPath("$.referrals.length()").value(3))
                .andExpect(jsonPath("$.followUps.length()").value(3));
        mvc.perform(get("/api/newcomers/{id}", id).with(coordinator())).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("newcomerId", id.toString()).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("RECORD"))
                .andExpect(jsonPath("$[0].subject").value("officer-mjansen"))
                .andExpect(jsonPath("$[0].endpoint").value("POST /api/newcomers"))
                .andExpect(jsonPath("$[1].action").value("READ"))
                .andExpect(jsonPath("$[1].endpoint").value("GET /api/newcomers/{id}"))
                .andExpect(jsonPath("$[2].subject").value("coordinator-1"));
    }

    @Test
    void listFindsByNameBirthDateIntakeDateRangeAndPartnerReferredTo() throws Exception {
        String name = "Tesfay" + UUID.randomUUID().toString().substring(0, 6);
        String born = java.time.LocalDate.of(1950, 1, 1)
                .plusDays(new java.util.Random().nextInt(3650))
                .toString();
        UUID id = recordIntake(
                validRequest().replace("\"Darwish\"", "\"" + name + "\"").replace("1994-05-17", born));

        mvc.perform(get("/api/newcomers").param("dateOfBirth", born).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(id.toString())));
        mvc.perform(get("/api/newcomers")
                        .param("name", name)
                        .param("dateOfBirth", "1994-05-17")
                        .with(intakeOfficer()))
                .andExpect(jsonPath("$.totalItems").value(0));

        mvc.perform(get("/api/newcomers")
                        .param("name", name.toLowerCase())
                        .param("intakeFrom", "2026-08-01")
                        .param("intakeTo", "2026-08-31")
                        .param("partner", "CJG")
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()))
                .andExpect(jsonPath("$.items[0].referredTo[2]").value("CJG"));
        mvc.perform(get("/api/newcomers")
                        .param("name", name)
                        .param("partner", "SOCIAAL_TEAM")
                        .with(coordinator()))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/newcomers")
                        .param("name", name)
                        .param("intakeFrom", "2026-09-01")
                        .with(coordinator()))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/newcomers").param("size", "1").param("page", "0").with(intakeOfficer()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void listRefusesUnknownPartnerOperatorNamesAndOversizedPages() throws Exception {
        mvc.perform(get("/api/newcomers").param("partner", "ACME").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partner"));
        mvc.perform(get("/api/newcomers").param("name", "$regex").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/newcomers").param("size", "1000").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/newcomers").param("intakeFrom", "yesterday").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intakeFrom"));
        mvc.perform(get("/api/newcomers").param("dateOfBirth", "1066-10-14").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    }

    @Test
    void correctionReplacesProfileFieldsAndMovesFollowUpsWithTheIntakeDate() throws Exception {
        UUID id = recordIntake();
        awaitOutboxEmpty();

        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contact\": {\"phone\": \"+31 6 1111 2222\"}, \"intakeDate\": \"2026-09-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.contact.phone").value("+31 6 1111 2222"))
                .andExpect(jsonPath("$.profile.name.givenNames").value("Amal"))
                .andExpect(jsonPath("$.followUps[0].dueDate").value("2027-03-01"));
        awaitOutboxEmpty();

        assertThat(records(Topics.FOLLOW_UPS, id).stream()
                        .map(r -> (FollowUpScheduled) event(r))
                        .filter(f -> f.number() == 1)
                        .map(FollowUpScheduled::dueDate))
                .containsExactly(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-01"));
    }

    @Test
    void correctionIsRefusedForUnknownFieldsBadValuesAndWithdrawnConsentOfAnOpenReferral() throws Exception {
        UUID id = recordIntake();

        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nickname\": \"Amoula\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nickname"));
        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateOfBirth\": \"2030-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"consents\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consents"));
        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.profile.dateOfBirth").value("1994-05-17"))
                .andExpect(jsonPath("$.profile.consents.length()").value(3));
    }

    @Test
    void referralAddedLaterAndCancelledByTheCoordinatorArePublished() throws Exception {
        UUID id = recordIntake();
        JsonNode added = body(mvc.perform(post("/api/newcomers/{id}/referrals", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partner\": \"SAMEN_OPLOPEN\", \"lifeDomains\": [\"SOCIAL_NETWORK\"],"
                                + " \"reason\": \"A buddy.\", \"urgency\": \"NORMAL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("partner"))
                .andReturn());
        assertThat(added.get("detail").asString()).contains("regel van de integratieroute");

        String referralId = body(mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                        .andReturn())
                .at("/referrals/1/referralId")
                .asString();
        mvc.perform(post("/api/newcomers/{id}/referrals/{r}/cancel", id, referralId)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Found a buddy through the neighbours.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post("/api/newcomers/{id}/referrals/{r}/cancel", id, referralId)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Again.\"}"))
                .andExpect(status().isConflict());
        JsonNode readded = body(mvc.perform(post("/api/newcomers/{id}/referrals", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partner\": \"TAALHUIS\", \"lifeDomains\": [\"LANGUAGE\"],"
                                + " \"reason\": \"Group lessons after all.\", \"urgency\": \"URGENT\"}"))
                .andExpect(status().isCreated())
                .andReturn());
        awaitOutboxEmpty();

        List<WegwijsEvent> events = records(Topics.NEWCOMER_PROFILED, id).stream()
                .map(IntakeTestBase::event)
                .toList();
        assertThat(events).hasSize(3);
        ReferralCancelled cancelled = (ReferralCancelled) events.get(1);
        assertThat(cancelled.referralId().toString()).isEqualTo(referralId);
        assertThat(cancelled.partner()).isEqualTo(PartnerCode.TAALHUIS);
        ReferralAdded addedEvent = (ReferralAdded) events.get(2);
        assertThat(addedEvent.referral().referralId().toString())
                .isEqualTo(readded.get("referralId").asString());
    }

    @Test
    void heldFollowUpRecordsPillarsAndEveryOpenReferralAndIsPublished() throws Exception {
        UUID id = recordIntake();
        JsonNode referrals = body(mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                        .andReturn())
                .get("referrals");
        String reviews = "["
                + String.join(
                        ",",
                        referrals
                                .valueStream()
                                .map(r -> "{\"referralId\": \""
                                        + r.get("referralId").asString() + "\", \"pickUp\": \"NOT_YET\"}")
                                .toList())
                + "]";
        String held = "{\"heldOn\": \"2026-11-27\", \"pillars\": {\"language\": {\"level\": \"A1\","
                + " \"supportReceived\": true}, \"socialNetwork\": {\"contactsWithResidents\": 2},"
                + " \"participation\": \"VOLUNTEERING\", \"knowingTheWay\": {\"activitiesJoined\": [\"library\"],"
                + " \"satisfied\": true}}, \"referralReviews\": %s, \"notes\": \"Volunteers at the food bank.\"}";

        mvc.perform(post("/api/newcomers/{id}/follow-ups/1", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(held.formatted("[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralReviews"));
        mvc.perform(post("/api/newcomers/{id}/follow-ups/1", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(held.formatted(reviews)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heldOn").value("2026-11-27"));
        mvc.perform(post("/api/newcomers/{id}/follow-ups/1", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(held.formatted(reviews)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/newcomers/{id}/follow-ups/4", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(held.formatted(reviews)))
                .andExpect(status().isNotFound());
        awaitOutboxEmpty();

        List<FollowUpHeld> heldEvents = records(Topics.FOLLOW_UPS, id).stream()
                .map(IntakeTestBase::event)
                .filter(FollowUpHeld.class::isInstance)
                .map(FollowUpHeld.class::cast)
                .toList();
        assertThat(heldEvents).hasSize(1);
        assertThat(heldEvents.get(0).number()).isEqualTo(1);
        assertThat(heldEvents.get(0).referralReviews())
                .extracting(ReferralReview::partner, ReferralReview::pickUp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartnerCode.RSD, ReferralReview.PickUp.NOT_YET),
                        org.assertj.core.groups.Tuple.tuple(PartnerCode.TAALHUIS, ReferralReview.PickUp.NOT_YET),
                        org.assertj.core.groups.Tuple.tuple(PartnerCode.CJG, ReferralReview.PickUp.NOT_YET));
    }

    @Test
    void erasureRemovesPersonalDataKeepsStatisticsAndPublishesNewcomerErased() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        List<String> personal = List.of(
                "Family" + unique,
                unique + "@example.net",
                "+31 6 " + unique.replaceAll("[^0-9]", "1").substring(0, 4) + " 9876",
                "Street" + unique,
                "Diabetes" + unique,
                "Route to work " + unique,
                "Parents" + unique);
        UUID id = recordIntake(validRequest()
                .replace("\"Darwish\"", "\"" + personal.get(0) + "\"")
                .replace("amal.darwish@example.net", personal.get(1))
                .replace("+31 6 0000 1742", personal.get(2))
                .replace("Voorbeeldlaan", personal.get(3))
                .replace("Type 2 diabetes", personal.get(4))
                .replace("Route to work", personal.get(5))
                .replace("Her parents", personal.get(6)));
        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.profile.tags.worries[0]").value(personal.get(6) + ", still in Aleppo"));
        awaitOutboxEmpty();

        List<Object> anonymousBefore = anonymousIntakeIds();
        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());
        awaitOutboxEmpty();

        List<WegwijsEvent> erased = records(Topics.NEWCOMER_ERASED, id).stream()
                .map(IntakeTestBase::event)
                .toList();
        assertThat(erased).singleElement().isInstanceOf(NewcomerErased.class);
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson())
                        .as("a document of %s", collection)
                        .doesNotContain(personal.toArray(String[]::new));
            }
        }
        Document remains = mongo.getCollection("newcomers")
                .find(new Document("_id", id.toString()))
                .first();
        Document kept = remains.get("state", Document.class);
        assertThat(kept).doesNotContainKeys("anonymous", "profile", "recordedAt");
        assertThat(kept.getList("followUps", Document.class)).isEmpty();
        assertThat(remains).doesNotContainKey(AnonymousIntakes.PENDING);
        assertThat(kept.getList("referrals", Document.class))
                .extracting(r -> r.getString("partner"))
                .containsExactly("RSD", "TAALHUIS", "CJG");
        // Statistics keep the intake under an id of its own, with nothing the remains or the Kafka records carry.
        List<Document> anonymous = mongo.getCollection(AnonymousIntakes.COLLECTION)
                .find(Filters.nin("_id", anonymousBefore))
                .into(new ArrayList<>());
        assertThat(anonymous).singleElement().satisfies(intake -> {
            assertThat(intake.get("_id")).isNotEqualTo(id.toString());
            assertThat(intake.get("profile", Document.class))
                    .containsEntry("intakeDate", "2026-08-31")
                    .containsEntry("birthYear", 1994)
                    .containsEntry("householdSize", 4);
            assertThat(intake.getList("followUps", Document.class)).hasSize(3);
            assertThat(intake.toJson())
                    .doesNotContain(id.toString(), remains.getString("caseNumber"))
                    .doesNotContain(kept.getList("referrals", Document.class).stream()
                            .map(r -> r.getString("referralId"))
                            .toArray(String[]::new));
        });
        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isGone());
        mvc.perform(get("/api/audit").param("newcomerId", id.toString()).with(coordinator()))
                .andExpect(jsonPath("$[2].action").value("ERASE"));
    }

    private List<Object> anonymousIntakeIds() {
        return mongo.getCollection(AnonymousIntakes.COLLECTION)
                .find()
                .map(d -> d.get("_id"))
                .into(new ArrayList<>());
    }

    private UUID recordIntake(String body) throws Exception {
        return UUID.fromString(body(mvc.perform(postIntake(body))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("newcomerId")
                .asString());
    }
}
