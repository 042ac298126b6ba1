package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wegwijs.intake.IntakeTestBase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every newcomer has a human case number, sequential per year of the intake, shown and searchable. */
class CaseNumberTest extends IntakeTestBase {

    @Autowired
    NewcomerStore store;

    @Autowired
    CaseNumbers caseNumbers;

    @Test
    void eachIntakeGetsTheNextNumberOfItsYearShownInTheNewcomerAndItsSummary() throws Exception {
        JsonNode first = created();
        JsonNode second = created();
        String number = first.get("caseNumber").asString();
        assertThat(number).matches("WW-2026-\\d{5}");
        assertThat(second.get("caseNumber").asString())
                .isEqualTo("WW-2026-%05d".formatted(Integer.parseInt(number.substring(8)) + 1));

        mvc.perform(get("/api/newcomers/{id}", first.get("newcomerId").asString())
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(number));
        mvc.perform(get("/api/newcomers")
                        .param("caseNumber", " " + number.toLowerCase() + " ")
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(
                        jsonPath("$.items[0].id").value(first.get("newcomerId").asString()))
                .andExpect(jsonPath("$.items[0].caseNumber").value(number));
    }

    /** Intakes recorded at the same moment (the benchmark posts them in parallel) never share a number. */
    @Test
    void numbersDrawnAtTheSameTimeAreAllDifferent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                drawn.add(pool.submit(() -> caseNumbers.next(2031)));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> number : drawn) {
                distinct.add(number.get());
            }
            assertThat(distinct).hasSize(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSearchForSomethingThatCannotBeACaseNumberNamesTheField() throws Exception {
        mvc.perform(get("/api/newcomers").param("caseNumber", "42").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("is geen zaaknummer zoals WW-2026-00042"));
        mvc.perform(get("/api/newcomers")
                        .param("caseNumber", "WW-26-1")
                        .header("Accept-Language", "en")
                        .with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is not a case number like WW-2026-00042"));
    }

    @Test
    void aNewcomerRecordedBeforeCaseNumbersGetsOneAtStartAndKeepsIt() throws Exception {
        UUID id = UUID.fromString(created().get("newcomerId").asString());
        mongo.getCollection(NewcomerStore.COLLECTION)
                .updateOne(Filters.eq("_id", id.toString()), Updates.unset(NewcomerStore.CASE_NUMBER));
        assertThat(store.find(id).orElseThrow().newcomer().caseNumber()).isNull();

        store.addMissingCaseNumbers();
        String given = store.find(id).orElseThrow().newcomer().caseNumber();
        assertThat(given).matches("WW-2026-\\d{5}");

        store.addMissingCaseNumbers();
        assertThat(store.find(id).orElseThrow().newcomer().caseNumber()).isEqualTo(given);
        assertThat(mongo.getCollection(NewcomerStore.COLLECTION)
                        .countDocuments(new Document(NewcomerStore.CASE_NUMBER, given)))
                .isEqualTo(1);
    }

    private JsonNode created() throws Exception {
        return body(mvc.perform(postIntake(validRequest()))
                .andExpect(status().isCreated())
                .andReturn());
    }
}
