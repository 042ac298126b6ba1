package nl.wegwijs.contracts.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Resources;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PartnerDirectoryTest {

    private final PartnerDirectory directory = PartnerDirectory.loadDefault();

    @Test
    void theDefaultDirectoryHoldsTheFiveDayOnePartners() {
        assertThat(directory.partners())
                .extracting(Partner::code)
                .containsExactly(
                        PartnerCode.RSD,
                        PartnerCode.TAALHUIS,
                        PartnerCode.SAMEN_OPLOPEN,
                        PartnerCode.CJG,
                        PartnerCode.SOCIAAL_TEAM);
        assertThat(directory.partners()).allSatisfy(partner -> {
            assertThat(partner.deliveryMode()).isEqualTo(DeliveryMode.INBOX);
            assertThat(partner.topics().referrals()).isEqualTo(Topics.partnerReferrals(partner.code()));
            assertThat(partner.contacts()).allSatisfy(c -> assertThat(c.email()).endsWith(".example"));
        });
    }

    @Test
    void theDefaultMunicipalityCoordinatesFollowUpsAtSixEighteenAndFortyTwoMonths() {
        Municipality municipality = directory.municipality();

        assertThat(municipality.code()).isEqualTo("GM0355");
        assertThat(municipality.coordinatorEmail()).endsWith(".example");
        assertThat(municipality.followUps().monthsAfterIntake()).containsExactly(6, 18, 42);
        assertThat(municipality.followUps().graceWorkingDays()).isEqualTo(20);
    }

    @Test
    void eachPartnerSeesOnlyWhatItNeeds() {
        Partner cjg = partner(PartnerCode.CJG);
        Partner taalhuis = partner(PartnerCode.TAALHUIS);
        Partner sociaalTeam = partner(PartnerCode.SOCIAAL_TEAM);

        assertThat(cjg.mayReceive(ProfileField.HOUSEHOLD_CHILDREN_BIRTH_YEARS)).isTrue();
        assertThat(cjg.mayReceive(LifeDomain.CHILDREN_AND_PARENTING)).isTrue();
        assertThat(taalhuis.lifeDomains()).containsExactly(LifeDomain.LANGUAGE);
        assertThat(taalhuis.mayReceive(ProfileField.HEALTH)).isFalse();
        assertThat(sociaalTeam.mayReceive(ProfileField.HEALTH)).isTrue();
        assertThat(sociaalTeam.lifeDomains()).contains(LifeDomain.HEALTH, LifeDomain.FINANCES);
        assertThat(partner(PartnerCode.RSD).lifeDomains())
                .containsExactlyInAnyOrder(LifeDomain.WORK_AND_INCOME, LifeDomain.EDUCATION);
        assertThat(partner(PartnerCode.SAMEN_OPLOPEN).lifeDomains())
                .containsExactlyInAnyOrder(LifeDomain.SOCIAL_NETWORK, LifeDomain.KNOWING_THE_WAY, LifeDomain.LANGUAGE);
        assertThat(directory.partners())
                .filteredOn(p -> p.mayReceive(ProfileField.HEALTH))
                .extracting(Partner::code)
                .containsExactly(PartnerCode.SOCIAAL_TEAM);
    }

    @Test
    void onlyTheRsdWorksOnALegalBasisTheOthersNeedConsent() {
        assertThat(partner(PartnerCode.RSD).requiresConsent()).isFalse();
        assertThat(partner(PartnerCode.RSD).consent().legalBasis()).contains("Participatiewet");
        assertThat(directory.partners()).filteredOn(Partner::requiresConsent).hasSize(4);
    }

    @Test
    void slaPoliciesFollowTheDesignDefaults() {
        assertThat(partner(PartnerCode.SAMEN_OPLOPEN).sla().workingDays(SlaPhase.PICK_UP, Urgency.NORMAL))
                .isEqualTo(15);
        assertThat(partner(PartnerCode.CJG).sla().workingDays(SlaPhase.PICK_UP, Urgency.NORMAL))
                .isEqualTo(5);
        assertThat(partner(PartnerCode.RSD).sla().workingDays(SlaPhase.PICK_UP, Urgency.URGENT))
                .isEqualTo(2);
        assertThat(directory.partners()).allSatisfy(p -> {
            assertThat(p.sla().workingDays(SlaPhase.ACKNOWLEDGE, Urgency.NORMAL))
                    .isEqualTo(2);
            assertThat(p.sla().workingDays(SlaPhase.WAITLIST_REVIEW, Urgency.URGENT))
                    .isEqualTo(10);
            assertThat(p.sla().workingDays(SlaPhase.FIRST_CONTACT, Urgency.URGENT))
                    .isEqualTo(3);
            assertThat(p.sla().escalationOffset(1)).isZero();
            assertThat(p.sla().escalationOffset(2)).isEqualTo(5);
            assertThat(p.sla().escalationOffset(3)).isEqualTo(15);
        });
    }

    @Test
    void anUnknownPartnerIsNotInTheDirectory() {
        assertThat(directory.partner(PartnerCode.of("VLUCHTELINGENWERK"))).isEmpty();
        assertThat(directory.contains(PartnerCode.CJG)).isTrue();
    }

    @Test
    void aSeventhPartnerIsConfigurationOnly(@TempDir Path dir) throws Exception {
        ObjectNode json = defaultJson();
        ObjectNode copy = ((ObjectNode) json.at("/partners/4")).deepCopy();
        copy.put("code", "VLUCHTELINGENWERK").put("name", "VluchtelingenWerk").put("deliveryMode", "EXTERNAL");
        copy.putObject("topics")
                .put("referrals", "partner.vluchtelingenwerk.referrals.v1")
                .put("responses", "partner.vluchtelingenwerk.responses.v1");
        ((ArrayNode) json.get("partners")).add(copy);
        Path file = dir.resolve("directory.json");
        Files.write(file, Resources.toBytes(json));

        PartnerDirectory loaded = PartnerDirectory.load(file);

        assertThat(loaded.partner(PartnerCode.of("VLUCHTELINGENWERK")))
                .get()
                .extracting(Partner::deliveryMode)
                .isEqualTo(DeliveryMode.EXTERNAL);
    }

    static Stream<Arguments> invalidDirectories() {
        return Stream.of(
                invalid(
                        "a partner listed twice",
                        j -> partners(j).add(partners(j).get(0).deepCopy()),
                        "partner RSD, field code: is listed twice"),
                invalid(
                        "a code in lower case",
                        j -> partner(j, 2).put("code", "samen-oplopen"),
                        "partners[2].code",
                        "'samen-oplopen' is not a partner code"),
                invalid("no name", j -> partner(j, 3).remove("name"), "partner CJG, field name: is missing"),
                invalid(
                        "a blank name",
                        j -> partner(j, 3).put("name", " "),
                        "partner CJG, field name: must be a non-blank"),
                invalid(
                        "no contacts",
                        j -> partner(j, 1).remove("contacts"),
                        "partner TAALHUIS, field contacts: is missing"),
                invalid(
                        "an empty contact list",
                        j -> partner(j, 1).putArray("contacts"),
                        "partner TAALHUIS",
                        "contacts must not be empty"),
                invalid(
                        "a contact that is no e-mail address",
                        j -> ((ObjectNode) partner(j, 0).at("/contacts/0")).put("email", "verwijzingen(at)rsd"),
                        "partner RSD, field contacts[0]",
                        "email is not an e-mail address"),
                invalid(
                        "an unknown life domain",
                        j -> partner(j, 1).putArray("lifeDomains").add("LANGAUGE"),
                        "partner TAALHUIS, field lifeDomains[0]",
                        "unknown LifeDomain 'LANGAUGE'"),
                invalid(
                        "no life domains",
                        j -> partner(j, 1).putArray("lifeDomains"),
                        "partner TAALHUIS",
                        "lifeDomains must not be empty"),
                invalid(
                        "an unknown profile field",
                        j -> ((ArrayNode) partner(j, 0).get("profileFields")).add("BSN"),
                        "partner RSD, field profileFields[6]",
                        "unknown ProfileField 'BSN'"),
                invalid(
                        "profile fields without the name",
                        j -> partner(j, 3)
                                .putArray("profileFields")
                                .add("CONTACT")
                                .add("LANGUAGES"),
                        "partner CJG",
                        "profileFields must include NAME"),
                invalid(
                        "zero working days",
                        j -> ((ObjectNode) partner(j, 4).at("/sla/phases/PICK_UP")).put("workingDays", 0),
                        "partner SOCIAAL_TEAM, field sla.phases.PICK_UP.workingDays",
                        "must be a positive number of working days, was 0"),
                invalid(
                        "negative urgent working days",
                        j -> ((ObjectNode) partner(j, 4).at("/sla/phases/ACKNOWLEDGE")).put("urgentWorkingDays", -1),
                        "partner SOCIAAL_TEAM, field sla.phases.ACKNOWLEDGE.urgentWorkingDays"),
                invalid(
                        "an urgent deadline longer than the normal one",
                        j -> ((ObjectNode) partner(j, 0).at("/sla/phases/ACKNOWLEDGE")).put("urgentWorkingDays", 5),
                        "partner RSD, field sla.phases.ACKNOWLEDGE",
                        "urgentWorkingDays (5) must not exceed workingDays (2)"),
                invalid(
                        "a phase without a deadline",
                        j -> ((ObjectNode) partner(j, 0).at("/sla/phases")).remove("FIRST_CONTACT"),
                        "partner RSD, field sla",
                        "phases has no deadline for FIRST_CONTACT"),
                invalid(
                        "an unknown phase",
                        j -> ((ObjectNode) partner(j, 0).at("/sla/phases"))
                                .putObject("DELIVERY")
                                .put("workingDays", 3)
                                .put("urgentWorkingDays", 1),
                        "partner RSD, field sla.phases.DELIVERY",
                        "unknown SlaPhase 'DELIVERY'"),
                invalid(
                        "escalations that do not climb",
                        j -> ((ObjectNode) partner(j, 2).get("sla"))
                                .putArray("escalationOffsets")
                                .add(0)
                                .add(15)
                                .add(5),
                        "partner SAMEN_OPLOPEN, field sla",
                        "escalationOffsets must start at 0 and increase"),
                invalid(
                        "a referrals topic of another partner",
                        j -> ((ObjectNode) partner(j, 1).get("topics")).put("referrals", "partner.rsd.referrals.v1"),
                        "partner TAALHUIS",
                        "topics.referrals must be 'partner.taalhuis.referrals.v1'"),
                invalid(
                        "a responses topic with underscores",
                        j -> ((ObjectNode) partner(j, 2).get("topics"))
                                .put("responses", "partner.samen_oplopen.responses.v1"),
                        "partner SAMEN_OPLOPEN",
                        "topics.responses must be 'partner.samen-oplopen.responses.v1'"),
                invalid(
                        "an unknown delivery mode",
                        j -> partner(j, 3).put("deliveryMode", "EMAIL"),
                        "partner CJG, field deliveryMode",
                        "unknown DeliveryMode 'EMAIL'"),
                invalid(
                        "a legal basis without its text",
                        j -> ((ObjectNode) partner(j, 0).get("consent")).remove("legalBasis"),
                        "partner RSD, field consent",
                        "legalBasis is required"),
                invalid(
                        "an unknown consent rule",
                        j -> ((ObjectNode) partner(j, 1).get("consent")).put("rule", "OPT_OUT"),
                        "partner TAALHUIS, field consent.rule",
                        "unknown Rule 'OPT_OUT'"),
                invalid(
                        "no coordinator e-mail",
                        j -> ((ObjectNode) j.get("municipality")).remove("coordinatorEmail"),
                        "municipality, field coordinatorEmail: is missing"),
                invalid(
                        "an intake officer e-mail without a domain",
                        j -> ((ObjectNode) j.get("municipality")).put("intakeOfficerEmail", "intake"),
                        "municipality",
                        "intakeOfficerEmail is not an e-mail address"),
                invalid(
                        "follow-ups out of order",
                        j -> ((ObjectNode) j.at("/municipality/followUps"))
                                .putArray("monthsAfterIntake")
                                .add(18)
                                .add(6),
                        "municipality, field followUps",
                        "monthsAfterIntake must be positive and increasing"),
                invalid("no partners", j -> j.putArray("partners"), "field partners: must list at least one partner"),
                invalid(
                        "partners that are no objects",
                        j -> j.putArray("partners").add("RSD"),
                        "field partners[0]: must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDirectories")
    void refusesAnInvalidDirectoryNamingThePartnerAndTheField(
            String description, Consumer<ObjectNode> breakIt, String[] expectedInMessage) {
        ObjectNode json = defaultJson();
        breakIt.accept(json);

        assertThatThrownBy(() -> load(json))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith("Invalid partner directory: ")
                .hasMessageContainingAll(expectedInMessage);
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> PartnerDirectory.load(
                        new ByteArrayInputStream("partners: [RSD]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("not valid JSON");
    }

    private Partner partner(PartnerCode code) {
        return directory.partner(code).orElseThrow();
    }

    private static PartnerDirectory load(ObjectNode json) {
        return PartnerDirectory.load(new ByteArrayInputStream(EventJson.mapper().writeValueAsBytes(json)));
    }

    private static ObjectNode defaultJson() {
        return Resources.json(PartnerDirectory.DEFAULT_RESOURCE);
    }

    private static ArrayNode partners(ObjectNode json) {
        return (ArrayNode) json.get("partners");
    }

    private static ObjectNode partner(ObjectNode json, int index) {
        return (ObjectNode) partners(json).get(index);
    }

    private static Arguments invalid(String description, Consumer<ObjectNode> breakIt, String... expected) {
        return Arguments.of(description, breakIt, expected);
    }
}
