package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.platform.demo.ZeistPilotReplay;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import nl.wegwijs.platform.time.AdjustableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Zeist pilot replayed through the public APIs. The cohort is built to the report's figures (an input); what this
 * proves is that the platform, fed that cohort, counts them right and flags what RSD left untouched.
 */
class ZeistPilotReplayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("..", "docs");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void theReplayedPilotShowsTheReportsFigures() throws Exception {
        AdjustableClock clock = AdjustableClock.startingAt(ZeistPilotReplay.START);
        try (WegwijsPlatform platform = WegwijsPlatform.start(settings(), clock)) {
            ZeistPilotReplay.Result result = ZeistPilotReplay.run(platform, clock, 2017L);
            System.out.println(result.table());
            System.out.println("Replay duration: " + result.duration().toMillis() + " ms");

            PlatformClient client = new PlatformClient(platform);
            String coordinator = client.token("coordinator");
            HttpResponse<String> report = client.get(
                    platform.serviceUrl(Service.MONITORING) + "/api/reports/partners?from=2016-12-01&to=2017-09-15",
                    coordinator);
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            Map<String, JsonNode> rows = new HashMap<>();
            for (JsonNode row : JSON.readTree(report.body()).get("partners")) {
                rows.put(row.get("partner").asString(), row);
            }
            assertThat(rows.get("RSD").get("referred").asInt()).isEqualTo(73);
            assertThat(rows.get("SAMEN_OPLOPEN").get("referred").asInt()).isEqualTo(14);
            assertThat(rows.get("TAALHUIS").get("referred").asInt()).isEqualTo(50);
            assertThat(rows.get("SOCIAAL_TEAM").get("referred").asInt()).isEqualTo(4);
            assertThat(rows.get("CJG").get("referred").asInt()).isEqualTo(7);
            assertThat(rows.get("SAMEN_OPLOPEN").get("accepted").asInt()).isEqualTo(14);
            assertThat(rows.get("TAALHUIS").get("accepted").asInt()).isEqualTo(28);
            assertThat(rows.get("TAALHUIS").get("waitlisted").asInt()).isEqualTo(22);

            HttpResponse<String> newcomers =
                    client.get(platform.serviceUrl(Service.INTAKE) + "/api/newcomers?page=0&size=100", coordinator);
            assertThat(newcomers.statusCode()).as(newcomers.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(newcomers.body());
            assertThat(page.get("totalItems").asLong()).isEqualTo(75);

            int held = 0;
            Map<String, Integer> participation = new HashMap<>();
            for (JsonNode newcomer : page.get("items")) {
                HttpResponse<String> followUps = client.get(
                        platform.serviceUrl(Service.INTAKE) + "/api/newcomers/"
                                + newcomer.get("id").asString() + "/follow-ups",
                        coordinator);
                assertThat(followUps.statusCode()).as(followUps.body()).isEqualTo(200);
                for (JsonNode followUp : JSON.readTree(followUps.body())) {
                    if (followUp.get("number").asInt() == 1 && followUp.hasNonNull("heldOn")) {
                        held++;
                        participation.merge(
                                followUp.get("pillars").get("participation").asString(), 1, Integer::sum);
                    }
                }
            }
            assertThat(held).isEqualTo(14);
            assertThat(participation).isEqualTo(Map.of("EDUCATION", 4, "VOLUNTEERING", 4, "PAID_WORK", 4, "NONE", 2));

            assertOpenRsdReferralsStallAndReachTheAgenda(
                    platform, client, 73 - result.accepted().get("RSD"));
            assertThePortalShowsThePilot(platform, client);
            assertCardsRenderInTheNewcomersLanguages(platform, client, page);
        }
    }

    /**
     * The pilot at its measurement day, as the coordinator sees it in the portal: every stalled RSD referral on the
     * agenda under its household's name and case number, a household overview and the report. The screenshots are
     * the README's walkthrough.
     */
    private void assertThePortalShowsThePilot(WegwijsPlatform platform, PlatformClient client) {
        String coordinator = client.token("coordinator");
        JsonNode agenda = JSON.readTree(
                client.get(platform.serviceUrl(Service.MONITORING) + "/api/reports/regie-overleg", coordinator)
                        .body());
        List<JsonNode> rsd = agenda.get("stalledReferrals")
                .valueStream()
                .filter(item -> item.get("partner").asString().equals("RSD"))
                .toList();
        try (Browser browser = Browser.forTest(data, "nl")) {
            new PortalPeople(platform, client)
                    .signIn(browser, platform.portalUrl() + "/regie-overleg", "coordinator@wegwijs.test");
            browser.waitFor(By.id("meeting-date"));
            for (JsonNode item : rsd) {
                JsonNode newcomer = JSON.readTree(client.get(
                                platform.serviceUrl(Service.INTAKE) + "/api/newcomers/"
                                        + item.get("newcomerId").asString(),
                                coordinator)
                        .body());
                JsonNode name = newcomer.get("profile").get("name");
                assertThat(browser.driver
                                .findElement(By.cssSelector(
                                        "[data-item='" + item.get("referralId").asString() + "']"))
                                .findElement(By.xpath("ancestor::section[contains(@class, 'household')]"))
                                .findElement(By.tagName("h2"))
                                .getText())
                        .contains(name.get("givenNames").asString() + " "
                                + name.get("familyName").asString())
                        .contains(newcomer.get("caseNumber").asString());
            }
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("pilot-regie-overleg.png"));

            browser.open(platform.portalUrl() + "/overzicht/"
                    + rsd.get(0).get("newcomerId").asString());
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.driver.getPageSource()).contains("Regionale Sociale Dienst");
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("pilot-household-overview.png"));

            browser.open(
                    platform.portalUrl() + "/rapportage?from=" + ZeistPilotReplay.FROM + "&to=" + ZeistPilotReplay.TO);
            browser.waitFor(By.id("referrals"));
            assertThat(browser.driver
                            .findElement(By.cssSelector("#referrals tr[data-partner='RSD'] [data-measure='referred']"))
                            .getText())
                    .isEqualTo("73");
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("pilot-report.png"));
        }
    }

    /**
     * The pilot's newcomers carry their languages, so a Tigrinya and an Arabic agreements card can be made for the
     * first newcomer who reads each best (ADR 22): PDFs whose text holds the card's heading in that script.
     */
    private void assertCardsRenderInTheNewcomersLanguages(
            WegwijsPlatform platform, PlatformClient client, JsonNode page) throws Exception {
        String intake = platform.serviceUrl(Service.INTAKE) + "/api/newcomers/";
        String coordinator = client.token("coordinator");
        Map<String, String> headings = Map.of("ti", "ካርድ ስምምዓት", "ar", "بطاقة الاتفاقات");
        Map<String, String> firstReaders = new HashMap<>();
        for (JsonNode item : page.get("items")) {
            String id = item.get("id").asString();
            String language = JSON.readTree(client.get(intake + id, coordinator).body())
                    .get("profile")
                    .get("languages")
                    .get(0)
                    .asString();
            if (headings.containsKey(language)) {
                firstReaders.putIfAbsent(language, id);
            }
        }
        assertThat(firstReaders).containsOnlyKeys("ti", "ar");
        for (Map.Entry<String, String> reader : firstReaders.entrySet()) {
            HttpResponse<byte[]> card = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            intake + reader.getValue() + "/agreements-card?lang=" + reader.getKey()))
                                    .header("Authorization", "Bearer " + coordinator)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(card.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(card.body())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                        .as(reader.getKey())
                        .contains(headings.get(reader.getKey()), "Afsprakenkaart");
            }
        }
    }

    /**
     * RSD's referrals still open at the end are stalled in the pick-up phase, each at the level its working days past
     * the deadline call for (level 3 from 15 on; most of them are), all on the regie-overleg agenda and in the gauge.
     */
    private void assertOpenRsdReferralsStallAndReachTheAgenda(
            WegwijsPlatform platform, PlatformClient client, int openRsd) {
        assertThat(openRsd).as("RSD referrals never accepted in the pilot").isPositive();
        String monitoring = platform.serviceUrl(Service.MONITORING);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String coordinator = client.token("coordinator");
            HttpResponse<String> agenda = client.get(monitoring + "/api/reports/regie-overleg", coordinator);
            assertThat(agenda.statusCode()).as(agenda.body()).isEqualTo(200);
            List<JsonNode> rsd = new ArrayList<>();
            for (JsonNode item : JSON.readTree(agenda.body()).get("stalledReferrals")) {
                if (item.get("partner").asString().equals("RSD")
                        && item.get("phase").asString().equals("PICK_UP")) {
                    rsd.add(item);
                }
            }
            assertThat(rsd).hasSize(openRsd).allSatisfy(item -> {
                int overdue = item.get("overdueWorkingDays").asInt();
                assertThat(item.get("level").asInt())
                        .as(item.toString())
                        .isEqualTo(overdue >= 15 ? 3 : overdue >= 5 ? 2 : 1);
            });
            long levelThree =
                    rsd.stream().filter(item -> item.get("level").asInt() == 3).count();
            assertThat(levelThree * 2)
                    .as("RSD referrals escalated to level 3: most")
                    .isGreaterThan(openRsd);
            assertThat(client.get(monitoring + "/actuator/prometheus", client.token("prometheus"))
                            .body())
                    .containsPattern(
                            "wegwijs_referrals_stalled\\{[^}]*level=\"3\"[^}]*partner=\"RSD\"[^}]*phase=\"PICK_UP\"[^}]*} "
                                    + levelThree + "\\.0");
        });
    }

    private PlatformSettings settings() {
        return PlatformSettings.onFreePorts(data, "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S");
    }
}
