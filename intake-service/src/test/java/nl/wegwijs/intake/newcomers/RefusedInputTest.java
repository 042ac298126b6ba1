package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.wegwijs.intake.IntakeTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each refused intake is answered with a problem naming the field, and nothing is stored or published. */
class RefusedInputTest extends IntakeTestBase {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private long newcomersBefore;
    private long auditBefore;
    private Map<String, Long> offsetsBefore;

    @BeforeEach
    void noteWhatExists() {
        awaitOutboxEmpty();
        newcomersBefore = mongo.getCollection("newcomers").countDocuments();
        auditBefore = mongo.getCollection("audit").countDocuments();
        offsetsBefore = endOffsets();
    }

    static Stream<Arguments> refusedIntakes() {
        return Stream.of(
                refused("unknown field in the profile", set("/profile/shoeSize", "44"), 400, "profile.shoeSize"),
                refused(
                        "unknown field in the contact",
                        set("/profile/contact/fax", "\"0301234567\""),
                        400,
                        "profile.contact.fax"),
                refused("unknown top-level field", set("/status", "\"DONE\""), 400, "status"),
                refused("no profile at all", remove("/profile"), 400, "profile"),
                refused("no name", remove("/profile/name"), 400, "profile.name"),
                refused("blank given names", set("/profile/name/givenNames", "\"  \""), 400, "profile.name.givenNames"),
                refused(
                        "date of birth in the future",
                        set("/profile/dateOfBirth", "\"2027-01-01\""),
                        400,
                        "profile.dateOfBirth"),
                refused(
                        "date of birth 30 February",
                        set("/profile/dateOfBirth", "\"1994-02-30\""),
                        400,
                        "profile.dateOfBirth"),
                refused(
                        "country as a name",
                        set("/profile/countryOfOrigin", "\"Syria\""),
                        400,
                        "profile.countryOfOrigin"),
                refused(
                        "unknown country code",
                        set("/profile/countryOfOrigin", "\"XX\""),
                        400,
                        "profile.countryOfOrigin"),
                refused("no languages", set("/profile/languages", "[]"), 400, "profile.languages"),
                refused("language as a word", set("/profile/languages/0", "\"arabic\""), 400, "profile.languages[0]"),
                refused(
                        "unknown two-letter language",
                        set("/profile/languages/0", "\"qq\""),
                        400,
                        "profile.languages[0]"),
                refused(
                        "interpreter needed without language",
                        remove("/profile/interpreter/language"),
                        400,
                        "profile.interpreter.language"),
                refused(
                        "consent to messages without a channel",
                        set("/profile/statusMessages", "{\"consent\": true}"),
                        400,
                        "profile.statusMessages.channel"),
                refused(
                        "messages by an unknown channel",
                        set("/profile/statusMessages", "{\"consent\": true, \"channel\": \"FAX\"}"),
                        400,
                        "profile.statusMessages.channel"),
                refused(
                        "messages by SMS without a phone",
                        body -> remove("/profile/contact/phone")
                                .apply(set("/profile/statusMessages", "{\"consent\": true, \"channel\": \"SMS\"}")
                                        .apply(body)),
                        400,
                        "profile.statusMessages.channel"),
                refused(
                        "messages by e-mail to a blank address",
                        body -> set("/profile/contact/email", "\"\"")
                                .apply(set("/profile/statusMessages", "{\"consent\": true, \"channel\": \"EMAIL\"}")
                                        .apply(body)),
                        400,
                        "profile.statusMessages.channel"),
                refused(
                        "e-mail without at sign",
                        set("/profile/contact/email", "\"amal.example.net\""),
                        400,
                        "profile.contact.email"),
                refused("phone of words", set("/profile/contact/phone", "\"call me\""), 400, "profile.contact.phone"),
                refused(
                        "foreign postal code",
                        set("/profile/contact/address/postalCode", "\"ABC\""),
                        400,
                        "profile.contact.address.postalCode"),
                refused(
                        "intake over a year after move-in",
                        set("/profile/moveInDate", "\"2025-06-01\""),
                        400,
                        "profile.intakeDate"),
                refused(
                        "intake in the future",
                        set("/profile/intakeDate", "\"2026-12-01\""),
                        400,
                        "profile.intakeDate"),
                refused("no adults", set("/profile/household/adults", "0"), 400, "profile.household.adults"),
                refused(
                        "child born in the future",
                        set("/profile/household/childrenBirthYears/0", "2031"),
                        400,
                        "profile.household.childrenBirthYears[0]"),
                refused(
                        "unknown life domain",
                        set("/profile/lifeDomains/0/domain", "\"COOKING\""),
                        400,
                        "profile.lifeDomains[0].domain"),
                refused(
                        "life domain twice",
                        set("/profile/lifeDomains/1/domain", "\"LANGUAGE\""),
                        400,
                        "profile.lifeDomains[1].domain"),
                refused(
                        "unknown urgency",
                        set("/profile/lifeDomains/0/urgency", "\"HIGH\""),
                        400,
                        "profile.lifeDomains[0].urgency"),
                refused(
                        "consent for an unknown partner",
                        set("/profile/consents/0/partner", "\"ACME\""),
                        400,
                        "profile.consents[0].partner"),
                refused(
                        "consent status maybe",
                        set("/profile/consents/0/status", "\"MAYBE\""),
                        400,
                        "profile.consents[0].status"),
                refused(
                        "referral to an unknown partner",
                        set("/referrals/0/partner", "\"ACME\""),
                        400,
                        "referrals[0].partner"),
                refused(
                        "referral partner in lower case",
                        set("/referrals/0/partner", "\"rsd\""),
                        400,
                        "referrals[0].partner"),
                refused("referral without reason", remove("/referrals/0/reason"), 400, "referrals[0].reason"),
                refused(
                        "referral with a blank reason",
                        set("/referrals/0/reason", "\"   \""),
                        400,
                        "referrals[0].reason"),
                refused(
                        "referral without life domains",
                        set("/referrals/0/lifeDomains", "[]"),
                        400,
                        "referrals[0].lifeDomains"),
                refused("referral without urgency", remove("/referrals/2/urgency"), 400, "referrals[2].urgency"),
                refused(
                        "two referrals to one partner",
                        set("/referrals/2/partner", "\"TAALHUIS\""),
                        400,
                        "referrals[2].partner"),
                refused(
                        "referral to TAALHUIS after consent was refused",
                        set("/profile/consents/0/status", "\"REFUSED\""),
                        422,
                        "referrals[1].partner"),
                refused(
                        "referral to CJG without any consent",
                        remove("/profile/consents/1"),
                        422,
                        "referrals[2].partner"),
                refused(
                        "referral to SOCIAAL_TEAM whose consent was refused",
                        add(
                                "/referrals",
                                "{\"partner\":\"SOCIAAL_TEAM\",\"lifeDomains\":[\"HEALTH\"],\"reason\":\"Diabetes care.\",\"urgency\":\"URGENT\"}"),
                        422,
                        "referrals[3].partner"),
                refused(
                        "referral to TAALHUIS for work",
                        set("/referrals/1/lifeDomains/0", "\"WORK_AND_INCOME\""),
                        422,
                        "referrals[1].lifeDomains"),
                refused(
                        "operator as given names",
                        set("/profile/name/givenNames", "\"$where\""),
                        400,
                        "profile.name.givenNames"),
                refused(
                        "operator object in a situation text",
                        set("/profile/lifeDomains/0/situation", "\"{\\\"$gt\\\": \\\"\\\"}\""),
                        400,
                        "profile.lifeDomains[0].situation"),
                refused(
                        "operator object instead of a name",
                        set("/profile/name/givenNames", "{\"$ne\": null}"),
                        400,
                        "profile.name.givenNames"),
                refused(
                        "a NUL in the family name",
                        set("/profile/name/familyName", "\"Dar\\u0000wish\""),
                        400,
                        "profile.name.familyName"),
                refused("adults as 1.5", set("/profile/household/adults", "1.5"), 400, "profile.household.adults"),
                refused("adults as text", set("/profile/household/adults", "\"2\""), 400, "profile.household.adults"),
                refused(
                        "body over 64 KiB",
                        set("/profile/lifeDomains/0/situation", "\"" + "x".repeat(70_000) + "\""),
                        413,
                        "body"));
    }

    @ParameterizedTest(name = "{0}: {2} naming {3}")
    @MethodSource("refusedIntakes")
    void refusedIntakeNamesTheFieldAndLeavesNothingBehind(
            String what, UnaryOperator<ObjectNode> change, int status, String field) throws Exception {
        ObjectNode request = (ObjectNode) MAPPER.readTree(validRequest());

        MvcResult result = mvc.perform(postIntake(MAPPER.writeValueAsString(change.apply(request))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = body(result);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/newcomers");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(what)
                .contains(field);
        assertThat(result.getResponse().getContentAsString())
                .as("%s: in the client's terms, no Java or library names", what)
                .doesNotContain("java.", "com.fasterxml", "tools.jackson", "nl.wegwijs", "Exception");
        assertNothingStoredOrPublished();
    }

    /** A pattern's message names what the field must look like, in Dutch or English by Accept-Language (ADR 14). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("patternMessages")
    void aFieldWithTheWrongShapeIsExplainedInTheClientsLanguage(String pointer, String value, String nl, String en)
            throws Exception {
        ObjectNode request = (ObjectNode) MAPPER.readTree(validRequest());
        String body = MAPPER.writeValueAsString(set(pointer, value).apply(request));

        JsonNode dutch = body(mvc.perform(postIntake(body)).andReturn());
        JsonNode english = body(
                mvc.perform(postIntake(body).header("Accept-Language", "en")).andReturn());

        assertThat(dutch.get("errors").get(0).get("message").asString()).isEqualTo(nl);
        assertThat(english.get("errors").get(0).get("message").asString()).isEqualTo(en);
        assertNothingStoredOrPublished();
    }

    static Stream<Arguments> patternMessages() {
        return Stream.of(
                Arguments.of(
                        "/profile/countryOfOrigin",
                        "\"Syria\"",
                        "moet een ISO 3166-1-alpha-2-code zijn, zoals SY",
                        "must be an ISO 3166-1 alpha-2 code such as SY"),
                Arguments.of(
                        "/profile/contact/phone",
                        "\"call me\"",
                        "moet een telefoonnummer zijn",
                        "must be a phone number"),
                Arguments.of(
                        "/profile/contact/address/postalCode",
                        "\"ABC\"",
                        "moet een Nederlandse postcode zijn, zoals 3701 XY",
                        "must be a Dutch postal code such as 3701 XY"),
                Arguments.of(
                        "/profile/interpreter/language",
                        "\"Arabic\"",
                        "moet een ISO 639-code zijn, zoals ar, ti of prs",
                        "must be an ISO 639 code such as ar, ti or prs"));
    }

    /** A year beyond 9999 sorts before 2026 as text and used to return everyone (issue 17). */
    @Test
    void searchDatesAndPagesAreBounded() throws Exception {
        for (String[] parameter :
                new String[][] {{"intakeFrom", "+10000-01-01"}, {"intakeTo", "1000-01-01"}, {"page", "2147483647"}}) {
            MvcResult result = mvc.perform(get("/api/newcomers")
                            .param(parameter[0], parameter[1])
                            .with(coordinator()))
                    .andReturn();

            assertThat(result.getResponse().getStatus()).as(parameter[0]).isEqualTo(400);
            assertThat(body(result).get("errors").get(0).get("field").asString())
                    .isEqualTo(parameter[0]);
        }
    }

    /** An error that reached no controller is forwarded to the error path; it answers with that error's status. */
    @Test
    void anErrorForwardedToTheErrorPathIsAProblemWithItsStatus() throws Exception {
        MvcResult result = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .with(intakeOfficer()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body(result).get("title").asString()).isEqualTo("Interne fout");
    }

    /** Spring MVC answers HEAD with the GET handler: the coordinator-only audit stays coordinator-only. */
    @Test
    void headFollowsTheRulesOfGet() throws Exception {
        mvc.perform(head("/api/audit")
                        .param("newcomerId", UUID.randomUUID().toString())
                        .with(intakeOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(head("/api/audit")
                        .param("newcomerId", UUID.randomUUID().toString())
                        .with(coordinator()))
                .andExpect(status().isOk());
    }

    @Test
    void bodyThatIsNotJsonIsRefused() throws Exception {
        MvcResult result = mvc.perform(postIntake("{\"profile\": ")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertNothingStoredOrPublished();
    }

    @Test
    void idempotencyKeyOfOneLetterIsRefused() throws Exception {
        MvcResult result = mvc.perform(postIntake(validRequest()).header("Idempotency-Key", "x"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertNothingStoredOrPublished();
    }

    private void assertNothingStoredOrPublished() {
        assertThat(mongo.getCollection("newcomers").countDocuments()).isEqualTo(newcomersBefore);
        assertThat(mongo.getCollection("audit").countDocuments()).isEqualTo(auditBefore);
        assertThat(endOffsets()).isEqualTo(offsetsBefore);
    }

    private static Arguments refused(String what, UnaryOperator<ObjectNode> change, int status, String field) {
        return Arguments.of(what, change, status, field);
    }

    private static UnaryOperator<ObjectNode> set(String pointer, String valueJson) {
        return root -> {
            JsonNode value = MAPPER.readTree(valueJson);
            JsonNode parent = root.at(parentOf(pointer));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
            return root;
        };
    }

    private static UnaryOperator<ObjectNode> add(String arrayPointer, String valueJson) {
        return root -> {
            ((ArrayNode) root.at(arrayPointer)).add(MAPPER.readTree(valueJson));
            return root;
        };
    }

    private static UnaryOperator<ObjectNode> remove(String pointer) {
        return root -> {
            JsonNode parent = root.at(parentOf(pointer));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (parent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(last));
            } else {
                ((ObjectNode) parent).remove(last);
            }
            return root;
        };
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
