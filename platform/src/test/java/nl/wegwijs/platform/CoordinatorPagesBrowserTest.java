package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import nl.wegwijs.platform.time.AdjustableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator's pages in a real browser against the real embedded platform, on a small seeded scenario instead
 * of the six-minute pilot replay: two households referred to RSD, Taalhuis and CJG on Tuesday 1 September 2026; CJG
 * declines the first household's referral, Taalhuis accepts the second's, RSD picks up neither. On Tuesday 22
 * September, a meeting day (every six weeks from 13 January 2026), RSD's referrals are stalled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorPagesBrowserTest {

    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant MEETING = Instant.parse("2026-09-22T08:00:00Z");
    private static final Instant DAY_AFTER_MEETING = Instant.parse("2026-09-23T08:00:00Z");
    private static final Set<String> TERMINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED", "FAILED");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("..", "docs");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;

    private final AdjustableClock clock = AdjustableClock.startingAt(START);
    private WegwijsPlatform platform;
    private PlatformClient client;
    private PortalPeople people;
    private JsonNode amal;
    private JsonNode yonas;

    @BeforeAll
    void startPlatformWithTwoHouseholdsThatRsdLeavesUntouched() throws IOException {
        platform = WegwijsPlatform.start(
                PlatformSettings.onFreePorts(
                        data.resolve("platform"), "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S"),
                clock);
        client = new PlatformClient(platform);
        people = new PortalPeople(platform, client);
        String fixture = PlatformClient.threeReferralIntake();
        amal = client.postIntake(fixture);
        yonas = client.postIntake(fixture.replace("Amal", "Yonas")
                .replace("Darwish", "Tesfaye")
                .replace("amal.darwish", "yonas.tesfaye")
                .replace("1994-05-17", "1990-02-03"));
        for (JsonNode intake : List.of(amal, yonas)) {
            for (String partner : List.of("RSD", "TAALHUIS", "CJG")) {
                client.awaitReferralStatus(PlatformClient.referralOf(intake, partner), "RECEIVED");
            }
        }
        act("partner-cjg", PlatformClient.referralOf(amal, "CJG"), "decline", "{\"reasonCode\": \"NO_CAPACITY\"}");
        act("partner-taalhuis", PlatformClient.referralOf(yonas, "TAALHUIS"), "accept", "{}");
        client.awaitReferralStatus(PlatformClient.referralOf(amal, "CJG"), "REJECTED");
        client.awaitReferralStatus(PlatformClient.referralOf(yonas, "TAALHUIS"), "ACCEPTED");

        clock.set(MEETING);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> stalledRsdReferrals()
                        .containsAll(List.of(
                                PlatformClient.referralOf(amal, "RSD").toString(),
                                PlatformClient.referralOf(yonas, "RSD").toString())));
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theAgendaListsEveryStalledRsdReferralWithTheHouseholdsNameAndCaseNumberAndKeepsAnAgreement() throws Exception {
        try (Browser browser = browser()) {
            people.signIn(browser, platform.portalUrl() + "/regie-overleg", "coordinator@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/regie-overleg");
            browser.waitFor(By.id("meeting-date"));
            assertThat(browser.driver.findElement(By.id("meeting-date")).getText())
                    .isEqualTo("22 september 2026");

            List<String> stalled = stalledRsdReferrals();
            assertThat(stalled).hasSizeGreaterThanOrEqualTo(2);
            for (String referral : stalled) {
                WebElement household = householdOf(browser, referral);
                JsonNode newcomer = newcomer(newcomerOf(referral));
                String name = newcomer.get("profile")
                                .get("name")
                                .get("givenNames")
                                .asString() + " "
                        + newcomer.get("profile").get("name").get("familyName").asString();
                assertThat(household.findElement(By.tagName("h2")).getText())
                        .contains(name)
                        .contains(newcomer.get("caseNumber").asString());
                WebElement item = item(browser, referral);
                assertThat(item.getText())
                        .contains("Regionale Sociale Dienst")
                        .contains("Oppakken")
                        .contains("Team Verwijzingen Werk en Inkomen")
                        .contains("Nog niets afgesproken");
            }
            assertThat(amal.get("caseNumber").asString()).matches("WW-2026-\\d{5}");
            assertThat(householdOf(
                                    browser,
                                    PlatformClient.referralOf(amal, "RSD").toString())
                            .findElement(By.tagName("h2"))
                            .getText())
                    .contains("Amal Darwish")
                    .contains(amal.get("caseNumber").asString());
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("portal-regie-overleg.png"));

            String rsd = PlatformClient.referralOf(amal, "RSD").toString();
            String what = "Plant binnen een week een gesprek en meldt de uitkomst aan de coördinator.";
            item(browser, rsd).findElement(By.name("what")).sendKeys(what);
            setDate(browser, item(browser, rsd).findElement(By.name("byWhen")), "2026-09-29");
            item(browser, rsd)
                    .findElement(By.cssSelector("button[type=submit]"))
                    .click();
            browser.waitFor(By.id("item-" + rsd + "-who-error"));
            assertThat(browser.driver
                            .findElement(By.id("item-" + rsd + "-who-error"))
                            .getText())
                    .isEqualTo("is verplicht en mag niet leeg zijn");
            assertThat(item(browser, rsd).findElement(By.name("what")).getAttribute("value"))
                    .isEqualTo(what);
            browser.assertAccessible();

            item(browser, rsd).findElement(By.name("who")).sendKeys("RSD, teamleider werk en inkomen");
            item(browser, rsd)
                    .findElement(By.cssSelector("button[type=submit]"))
                    .click();
            browser.waitFor(By.cssSelector("[data-item='" + rsd + "'] .saved"));
            assertThat(item(browser, rsd).findElement(By.className("agreement")).getText())
                    .isEqualTo("RSD, teamleider werk en inkomen: " + what + " (uiterlijk 29 september 2026)");

            HttpResponse<String> csv = people.getInSession(browser, "/regie-overleg.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.body())
                    .startsWith("Zaaknummer,Naam,Soort,Partner,Fase,")
                    .contains(amal.get("caseNumber").asString() + ",Amal Darwish,Vastgelopen verwijzing,"
                            + "Regionale Sociale Dienst,Oppakken,")
                    .contains(what);

            // An item that left the agenda while the page was open: the agreement is not kept, and the page says so.
            WebElement other =
                    item(browser, PlatformClient.referralOf(yonas, "RSD").toString());
            ((JavascriptExecutor) browser.driver)
                    .executeScript(
                            "arguments[0].value = arguments[1];",
                            other.findElement(By.name("item")),
                            UUID.randomUUID().toString());
            other.findElement(By.name("who")).sendKeys("RSD");
            other.findElement(By.name("what")).sendKeys("Belt");
            setDate(browser, other.findElement(By.name("byWhen")), "2026-09-29");
            other.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(By.id("item-gone"));
            assertThat(item(browser, PlatformClient.referralOf(yonas, "RSD").toString())
                            .findElements(By.className("agreement")))
                    .isEmpty();
            browser.assertAccessible();

            clock.set(DAY_AFTER_MEETING);
            browser.open(platform.portalUrl() + "/regie-overleg");
            browser.waitFor(By.id("meeting-date"));
            assertThat(browser.driver.findElement(By.id("meeting-date")).getText())
                    .isEqualTo("3 november 2026");
            assertThat(item(browser, rsd)
                            .findElement(By.className("previous-agreement"))
                            .getText())
                    .isEqualTo("RSD, teamleider werk en inkomen: " + what
                            + " (uiterlijk 29 september 2026) (vergadering 22 september 2026)");
            assertThat(item(browser, rsd).findElements(By.className("agreement")))
                    .isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    @Order(2)
    void theHouseholdOverviewListsExactlyThePartnersHoldingOpenReferralsAndTheReferralPageItsTimeline() {
        UUID household = UUID.fromString(amal.get("newcomerId").asString());
        Set<String> open = openPartnersOf(household);
        assertThat(open).containsExactlyInAnyOrder("RSD", "TAALHUIS");
        try (Browser browser = browser()) {
            people.signIn(browser, platform.portalUrl() + "/overzicht/" + household, "coordinator@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/overzicht/" + household);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                browser.open(platform.portalUrl() + "/overzicht/" + household);
                browser.waitFor(By.id("case-number"));
                assertThat(browser.driver.findElements(By.cssSelector("#open-referrals tr[data-partner]")).stream()
                                .map(row -> row.getAttribute("data-partner"))
                                .collect(Collectors.toSet()))
                        .isEqualTo(open);
            });
            assertThat(browser.driver.findElement(By.id("household-name")).getText())
                    .isEqualTo("Amal Darwish");
            assertThat(browser.driver.findElement(By.id("case-number")).getText())
                    .isEqualTo(amal.get("caseNumber").asString());
            assertThat(browser.driver.findElement(By.id("closed-referrals")).getText())
                    .contains("Centrum voor Jeugd en Gezin")
                    .contains("Afgewezen");
            // Children and parenting needs support and CJG declined: a gap.
            assertThat(browser.driver
                            .findElement(By.cssSelector("#domains tr[data-domain='CHILDREN_AND_PARENTING']"))
                            .getText())
                    .contains("niemand")
                    .contains("Gat");
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("portal-household-overview.png"));

            browser.driver
                    .findElement(By.cssSelector("#open-referrals tr[data-partner='RSD'] a"))
                    .click();
            browser.waitFor(By.id("referral-household"));
            assertThat(browser.driver.findElement(By.id("referral-household")).getText())
                    .contains("Amal Darwish")
                    .contains(amal.get("caseNumber").asString());
            assertThat(browser.html()).contains("Ontvangen").contains("Nieuw");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(3)
    void theReportsFiguresMatchTheServicesApisForTheSamePeriod() throws Exception {
        String period = "from=2026-08-31&to=2026-09-23";
        String coordinator = client.token("coordinator");
        JsonNode partnerReport = JSON.readTree(
                client.get(platform.serviceUrl(Service.MONITORING) + "/api/reports/partners?" + period, coordinator)
                        .body());
        JsonNode overTime = JSON.readTree(client.get(
                        platform.serviceUrl(Service.MONITORING) + "/api/reports/open-over-time?" + period, coordinator)
                .body());
        JsonNode statistics = JSON.readTree(
                client.get(platform.serviceUrl(Service.INTAKE) + "/api/statistics/intakes?" + period, coordinator)
                        .body());
        try (Browser browser = browser()) {
            people.signIn(browser, platform.portalUrl() + "/rapportage?" + period, "coordinator@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/rapportage");
            browser.waitFor(By.id("referrals"));

            for (JsonNode row : partnerReport.get("partners")) {
                WebElement shown = browser.driver.findElement(By.cssSelector(
                        "#referrals tr[data-partner='" + row.get("partner").asString() + "']"));
                for (String measure : List.of(
                        "referred",
                        "accepted",
                        "waitlisted",
                        "rejected",
                        "pickUpMedianWorkingDays",
                        "pickUpP90WorkingDays")) {
                    assertThat(cell(shown, measure))
                            .as(row.get("partner").asString() + " " + measure)
                            .isEqualTo(
                                    row.get(measure).isNull()
                                            ? "–"
                                            : row.get(measure).asString());
                }
                assertThat(cell(shown, "stalled"))
                        .isEqualTo(String.valueOf(row.get("stalledLevel1").asInt()
                                + row.get("stalledLevel2").asInt()
                                + row.get("stalledLevel3").asInt()));
            }
            assertThat(cell(
                            browser.driver.findElement(By.cssSelector("#referrals tr[data-partner='RSD']")),
                            "referred"))
                    .isEqualTo("2");
            assertThat(browser.driver.findElement(By.id("intakes-total")).getText())
                    .isEqualTo(statistics.get("intakes").asString())
                    .isEqualTo("2");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#intakes-by-country tr[data-country='SY'] .count"))
                            .getText())
                    .isEqualTo(
                            statistics.get("intakesByCountryOfOrigin").get("SY").asString());
            assertThat(browser.driver.findElements(By.cssSelector("#over-time tbody tr")))
                    .hasSize(overTime.size());
            assertThat(browser.driver.findElement(By.id("follow-ups-held")).getText())
                    .isEqualTo(statistics.get("followUpsHeld").asString());
            assertThat(browser.driver.findElement(By.id("chart-latency")).getText())
                    .contains("Mediaan")
                    .contains("90e percentiel");
            assertThat(browser.driver.findElement(By.id("chart-over-time")).getText())
                    .contains("Open")
                    .contains("Vastgelopen");
            browser.assertAccessible();
            browser.wholePageScreenshot(DOCS.resolve("portal-report.png"));

            HttpResponse<String> csv = people.getInSession(browser, "/rapportage.csv?" + period);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body())
                    .startsWith("onderdeel,onderwerp,meting,waarde\r\n")
                    .contains("intakes,SY,intakes,"
                            + statistics
                                    .get("intakesByCountryOfOrigin")
                                    .get("SY")
                                    .asString())
                    .contains("referrals,RSD,referred,2\r\n");
        }
    }

    @Test
    @Order(4)
    void aPartnerWorkerGets403OnEveryCoordinatorPage() throws Exception {
        try (Browser browser = browser()) {
            people.signIn(browser, platform.portalUrl() + "/inbox", "rsd@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/inbox");
            for (String path : List.of(
                    "/regie-overleg",
                    "/regie-overleg.csv",
                    "/overzicht/" + amal.get("newcomerId").asString(),
                    "/rapportage",
                    "/rapportage.csv",
                    "/referrals/" + PlatformClient.referralOf(amal, "RSD"))) {
                HttpResponse<String> response = people.getInSession(browser, path);
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).as(path).doesNotContain("Darwish");
            }
        }
    }

    private static String cell(WebElement row, String measure) {
        return row.findElement(By.cssSelector("[data-measure='" + measure + "']"))
                .getText();
    }

    private static WebElement item(Browser browser, String referral) {
        return browser.driver.findElement(By.cssSelector("[data-item='" + referral + "']"));
    }

    private static WebElement householdOf(Browser browser, String referral) {
        return item(browser, referral).findElement(By.xpath("ancestor::section[contains(@class, 'household')]"));
    }

    private static void setDate(Browser browser, WebElement input, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    /** RSD's stalled referrals on the monitoring service's agenda. */
    private List<String> stalledRsdReferrals() {
        JsonNode agenda = JSON.readTree(client.get(
                        platform.serviceUrl(Service.MONITORING) + "/api/reports/regie-overleg",
                        client.token("coordinator"))
                .body());
        List<String> rsd = new ArrayList<>();
        for (JsonNode item : agenda.get("stalledReferrals")) {
            if (item.get("partner").asString().equals("RSD")) {
                rsd.add(item.get("referralId").asString());
            }
        }
        return rsd;
    }

    /** The partners whose referral for this newcomer is open, as the referral service holds them. */
    private Set<String> openPartnersOf(UUID newcomer) {
        JsonNode page = JSON.readTree(client.get(
                        platform.serviceUrl(Service.REFERRAL) + "/api/referrals?size=100&newcomerId=" + newcomer,
                        client.token("coordinator"))
                .body());
        return page.get("items")
                .valueStream()
                .filter(referral -> !TERMINAL.contains(referral.get("status").asString()))
                .map(referral -> referral.get("partner").asString())
                .collect(Collectors.toSet());
    }

    private UUID newcomerOf(String referral) {
        return UUID.fromString(JSON.readTree(client.get(
                                platform.serviceUrl(Service.REFERRAL) + "/api/referrals/" + referral,
                                client.token("coordinator"))
                        .body())
                .get("newcomerId")
                .asString());
    }

    private JsonNode newcomer(UUID id) {
        return JSON.readTree(
                client.get(platform.serviceUrl(Service.INTAKE) + "/api/newcomers/" + id, client.token("coordinator"))
                        .body());
    }

    private Browser browser() {
        return Browser.forTest(data, "nl");
    }

    private void act(String partnerClient, UUID referral, String action, String body) {
        HttpResponse<String> response = client.post(
                platform.serviceUrl(Service.REFERRAL) + "/api/partner/referrals/" + referral + "/" + action,
                client.token(partnerClient),
                body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
