package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.intake.IntakeTestBase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: the anonymous intake of an erased newcomer gets an id of its own, also after a crash or from older data. */
class AnonymousIntakesTest extends IntakeTestBase {

    private static final String OLD_ANONYMOUS_PROFILE = """
            {"birthYear": 1988, "countryOfOrigin": "ER", "languages": ["ti"], "interpreterNeeded": true,
             "moveInDate": "2025-03-01", "intakeDate": "2025-03-10", "householdSize": 2,
             "lifeDomains": [], "consents": []}""";

    @Autowired
    AnonymousIntakes anonymousIntakes;

    @Test
    void anErasureOfAnOlderVersionIsSeparatedFromTheNewcomersIdAtStart() {
        String id = UUID.randomUUID().toString();
        List<Object> before = ids();
        mongo.getCollection(NewcomerStore.COLLECTION)
                .insertOne(new Document("_id", id)
                        .append("caseNumber", "2025-0007")
                        .append(
                                "state",
                                new Document("id", id)
                                        .append("municipality", "GM0355")
                                        .append("anonymous", Document.parse(OLD_ANONYMOUS_PROFILE))
                                        .append("referrals", List.of())
                                        .append(
                                                "followUps",
                                                List.of(new Document("number", 1)
                                                        .append("dueDate", "2025-04-10")
                                                        .append("heldOn", "2025-04-12")))
                                        .append("recordedAt", "2025-03-10T09:00:00Z")
                                        .append("erasedAt", "2025-06-01T09:00:00Z")));

        anonymousIntakes.run(null);

        Document remains = mongo.getCollection(NewcomerStore.COLLECTION)
                .find(Filters.eq("_id", id))
                .first();
        assertThat(remains).doesNotContainKey(AnonymousIntakes.PENDING);
        assertThat(remains.get("state", Document.class)).doesNotContainKeys("anonymous", "recordedAt");
        AnonymousIntake separated = added(before);
        assertThat(separated.id().toString()).isNotEqualTo(id);
        assertThat(separated.profile().intakeDate()).hasToString("2025-03-10");
        assertThat(separated.profile().countryOfOrigin()).isEqualTo("ER");
        assertThat(separated.followUps())
                .singleElement()
                .satisfies(f -> assertThat(f.heldOn()).hasToString("2025-04-12"));
    }

    @Test
    void anErasureThatStoppedBeforeTheMoveIsFinishedByItsRepeatAndOnlyOnce() throws Exception {
        UUID id = recordIntake();
        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());
        List<Object> before = ids();
        // As if the process stopped after the erasure's write: the anonymous intake is still beside the remains.
        AnonymousIntake pending = new AnonymousIntake(
                UUID.randomUUID(), anonymousIntakes.all().get(0).profile(), List.of());
        mongo.getCollection(NewcomerStore.COLLECTION)
                .updateOne(
                        Filters.eq("_id", id.toString()),
                        Updates.set(AnonymousIntakes.PENDING, AnonymousIntakes.toDocument(pending)));

        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());

        assertThat(added(before).id()).isEqualTo(pending.id());
        assertThat(mongo.getCollection(NewcomerStore.COLLECTION)
                        .find(Filters.eq("_id", id.toString()))
                        .first())
                .doesNotContainKey(AnonymousIntakes.PENDING);
    }

    private List<Object> ids() {
        return mongo.getCollection(AnonymousIntakes.COLLECTION)
                .find()
                .map(d -> d.get("_id"))
                .into(new ArrayList<>());
    }

    private AnonymousIntake added(List<Object> before) {
        List<Object> after = ids();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return anonymousIntakes.all().stream()
                .filter(intake -> intake.id().toString().equals(after.get(0)))
                .findFirst()
                .orElseThrow();
    }
}
