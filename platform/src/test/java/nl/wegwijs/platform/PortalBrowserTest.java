package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal in a real browser against the real embedded platform: one platform for every test here, one intake
 * with referrals to RSD, Taalhuis and CJG. People sign in with the one-time link from the mail viewer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {

    /** Tuesday 1 September 2026, 10:00 in Zeist. */
    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DUTCH_DATE = Pattern.compile(
            "\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}");
    private static final Path DOCS = Path.of("..", "docs");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;

    private final AdjustableClock clock = AdjustableClock.startingAt(START);
    private WegwijsPlatform platform;
    private PlatformClient client;
    private SignInMails mails;
    private UUID rsd;
    private UUID cjg;
    private String newcomerPageUrl;

    @BeforeAll
    void startPlatformWithOneIntake() throws IOException {
        platform = WegwijsPlatform.start(
                PlatformSettings.onFreePorts(
                        data.resolve("platform"), "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S"),
                clock);
        client = new PlatformClient(platform);
        mails = new SignInMails(platform, client);
        JsonNode intake = client.postIntake(PlatformClient.threeReferralIntake());
        rsd = PlatformClient.referralOf(intake, "RSD");
        cjg = PlatformClient.referralOf(intake, "CJG");
        client.awaitReferralStatus(rsd, "RECEIVED");
        client.awaitReferralStatus(cjg, "RECEIVED");
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void signedOutEveryPageRedirectsToSignIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        for (String path : List.of(
                "/",
                "/inbox",
                "/inbox?group=new",
                "/inbox/referrals/" + rsd,
                "/referrals/" + rsd,
                "/newcomers",
                "/newcomers/new",
                "/no-such-page")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(platform.portalUrl() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(path)
                    .isEqualTo(platform.portalUrl() + "/oauth2/authorization/wegwijs");
        }
        HttpResponse<String> open = http.send(
                HttpRequest.newBuilder(URI.create(platform.portalUrl() + "/signed-out"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(open.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> toIssuer = http.send(
                HttpRequest.newBuilder(URI.create(platform.portalUrl() + "/oauth2/authorization/wegwijs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toIssuer.headers().firstValue("Location").orElseThrow())
                .startsWith(platform.issuerUri() + "/oauth2/authorize?")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }

    @Test
    @Order(2)
    void theRsdWorkerSignsInWithAMailedLinkSeesTheDeadlineAndAcceptsWithANote() throws Exception {
        try (Browser browser = browser("nl")) {
            signIn(browser, platform.portalUrl() + "/inbox", "rsd@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/inbox");

            By row = By.cssSelector("[data-referral-id='" + rsd + "']");
            browser.waitFor(row);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                browser.open(platform.portalUrl() + "/inbox");
                assertThat(browser.driver.findElement(row).getText())
                        .contains("Amal Darwish")
                        .containsPattern(DUTCH_DATE)
                        .contains("(loopt)");
            });
            assertThat(browser.driver.findElement(By.id("group-new")).getText()).startsWith("Nieuw");
            browser.assertAccessible();
            browser.screenshot(DOCS.resolve("portal-inbox.png"));

            browser.driver.findElement(row).findElement(By.tagName("a")).click();
            browser.waitFor(By.id("action-accept"));
            assertThat(browser.driver.findElement(By.id("referral-status")).getText())
                    .isEqualTo("Ontvangen");
            assertThat(browser.html()).contains("amal.darwish@example.net").contains("1 september 2026");
            browser.assertAccessible();
            browser.screenshot(DOCS.resolve("portal-referral.png"));

            aFormPostedWithoutItsCsrfTokenIsRefused(browser);

            // A decline for "other reason" without saying why: refused, explained in plain words, nothing changed.
            new Select(browser.driver.findElement(By.id("decline-reasonCode"))).selectByValue("OTHER");
            browser.driver
                    .findElement(By.cssSelector("#action-decline button[type=submit]"))
                    .click();
            browser.waitFor(By.id("step-refused"));
            assertThat(browser.driver.findElement(By.id("step-refused")).getText())
                    .contains("Schrijf kort op waarom");
            assertThat(browser.driver.findElement(By.id("referral-status")).getText())
                    .isEqualTo("Ontvangen");
            browser.assertAccessible();

            String note = "Intake op dinsdag 8 september, met tolk Arabisch.";
            browser.driver.findElement(By.id("accept-note")).sendKeys(note);
            browser.driver
                    .findElement(By.cssSelector("#action-accept button[type=submit]"))
                    .click();
            browser.waitFor(By.id("step-done"));
            assertThat(browser.driver.findElement(By.id("referral-status")).getText())
                    .isEqualTo("Geaccepteerd");
            List<String> timeline = browser.driver.findElements(By.cssSelector("#timeline tbody tr")).stream()
                    .map(entry -> entry.getText())
                    .toList();
            assertThat(timeline).hasSize(3);
            assertThat(timeline.get(0)).startsWith("1 september 2026").contains("Nieuw");
            assertThat(timeline.get(2))
                    .containsPattern(DUTCH_DATE)
                    .contains("Geaccepteerd")
                    .contains(note);
            browser.assertAccessible();

            JsonNode referral = JSON.readTree(client.get(
                            platform.serviceUrl(Service.REFERRAL) + "/api/referrals/" + rsd,
                            client.token("coordinator"))
                    .body());
            assertThat(referral.get("status").asString()).isEqualTo("ACCEPTED");
            JsonNode last =
                    referral.get("timeline").get(referral.get("timeline").size() - 1);
            assertThat(last.get("to").asString()).isEqualTo("ACCEPTED");
            assertThat(last.get("reason").asString()).isEqualTo(note);
        }
    }

    /** The signed-in worker's own session, but no CSRF token: refused, and the referral is as it was. */
    private void aFormPostedWithoutItsCsrfTokenIsRefused(Browser browser) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(postWithoutCsrfToken(
                        browser, platform.portalUrl() + "/inbox/referrals/" + rsd + "/accept", "note=forged"))
                .isEqualTo(403);
        assertThat(client.referralStatus(rsd)).isEqualTo("RECEIVED");
    }

    @Test
    @Order(3)
    void aTaalhuisWorkerOpeningAnRsdReferralGetsTheNotFoundPageWithoutItsData() {
        try (Browser browser = browser("nl")) {
            signIn(browser, platform.portalUrl() + "/inbox", "taalhuis@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/inbox");

            browser.open(platform.portalUrl() + "/inbox/referrals/" + UUID.randomUUID());
            browser.waitFor(By.id("not-found"));
            String unknown = browser.html();

            browser.open(platform.portalUrl() + "/inbox/referrals/" + rsd);
            browser.waitFor(By.id("not-found"));
            String html = browser.html();
            assertThat(html)
                    .isEqualTo(unknown)
                    .doesNotContain("Darwish")
                    .doesNotContain("Amal")
                    .doesNotContain("amal.darwish@example.net")
                    .doesNotContain("0000 1742")
                    .doesNotContain(rsd.toString());
            browser.assertAccessible();

            browser.open(platform.portalUrl() + "/inbox");
            browser.waitFor(By.id("group-new"));
            assertThat(browser.html()).doesNotContain(rsd.toString()).doesNotContain(cjg.toString());

            // The switch and Accept-Language: English second, the same page.
            browser.open(platform.portalUrl() + "/inbox?lang=en");
            browser.waitFor(By.id("group-new"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Referrals");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            browser.assertAccessible();

            // Signing out ends the issuer's session too: the next visit on this browser asks for a new link.
            browser.driver.findElement(By.cssSelector("form.signout button")).click();
            browser.waitForUrlStartingWith(platform.portalUrl() + "/signed-out");
            browser.open(platform.portalUrl() + "/inbox");
            browser.waitFor(By.id("ott-username"));
            assertThat(browser.html()).doesNotContain("group-new");
        }
    }

    @Test
    @Order(4)
    void aLinkFromARealEscalationMailLeadsAfterSignInToThatReferral() {
        // CJG's urgent pick-up deadline is 2 working days; Friday morning it has passed and CJG gets a mail.
        clock.advance(Duration.ofDays(3));
        String link = await().atMost(Duration.ofSeconds(60))
                .until(() -> viewLinkInMailTo("aanmelden@cjg.example"), found -> found != null);
        assertThat(link).isEqualTo(platform.portalUrl() + "/inbox/referrals/" + cjg);

        try (Browser browser = browser("nl")) {
            signIn(browser, link, "cjg@wegwijs.test");
            browser.waitForUrlStartingWith(link);
            browser.waitFor(By.id("referral-status"));
            // Spring Security marks the return from sign-in with "?continue".
            assertThat(browser.url()).matches(Pattern.quote(link) + "(\\?continue)?");
            assertThat(browser.html()).contains("Amal Darwish");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(5)
    void theIntakeOfficerRecordsAnIntakeWithThreeReferralsThroughTheFormAndSeesThemReceived() throws Exception {
        try (Browser browser = browser("nl")) {
            signIn(browser, platform.portalUrl() + "/newcomers", "intake@wegwijs.test");
            browser.waitFor(By.id("new-intake"));
            browser.assertAccessible();
            browser.driver.findElement(By.id("new-intake")).click();
            browser.waitFor(By.id("givenNames"));

            type(browser, "givenNames", "Yusuf");
            type(browser, "familyName", "Haddad");
            setValue(browser, "dateOfBirth", "1988-03-02");
            type(browser, "countryOfOrigin", "SY");
            type(browser, "languages", "ar, en");
            setValue(browser, "moveInDate", "2026-08-20");
            type(browser, "domains[0].situation", "Spreekt nog geen Nederlands.");
            type(browser, "worries", "Zijn broer, nog in Idlib\nDe schuld bij de kredietbank");
            browser.driver
                    .findElement(By.cssSelector("input[type=checkbox][name='domains[0].supportNeeded']"))
                    .click();
            for (var consent : browser.driver.findElements(By.cssSelector("fieldset.consent"))) {
                consent.findElement(By.cssSelector("input[type=radio][value=GIVEN]"))
                        .click();
            }
            referral(browser, 0, "RSD", "WORK_AND_INCOME", "Werkte als elektricien; route naar werk.", "NORMAL");
            referral(browser, 1, "TAALHUIS", "LANGUAGE", "", "NORMAL");
            referral(browser, 2, "CJG", "CHILDREN_AND_PARENTING", "Vragen over school voor zijn zoon.", "URGENT");
            browser.driver.findElement(By.id("save-intake")).click();

            // The missing reason is named at its field, in Dutch; everything typed is still there.
            browser.waitFor(By.id("form-errors"));
            assertThat(browser.driver.findElements(By.cssSelector(".field-error")).stream()
                            .map(error -> error.getAttribute("id"))
                            .toList())
                    .as(browser.driver.findElement(By.id("form-errors")).getText())
                    .containsExactly("referrals[1].reason-error");
            assertThat(browser.driver
                            .findElement(By.id("referrals[1].reason-error"))
                            .getText())
                    .isEqualTo("is verplicht en mag niet leeg zijn");
            assertThat(browser.driver.findElement(By.id("referrals[1].reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("givenNames")).getAttribute("value"))
                    .isEqualTo("Yusuf");
            assertThat(browser.driver.findElement(By.id("referrals[2].reason")).getAttribute("value"))
                    .isEqualTo("Vragen over school voor zijn zoon.");
            assertThat(new Select(browser.driver.findElement(By.id("referrals[2].urgency")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("URGENT");
            browser.assertAccessible();
            browser.screenshot(DOCS.resolve("portal-intake-form.png"));

            type(browser, "referrals[1].reason", "Een taalmaatje naast de inburgeringscursus.");
            browser.driver.findElement(By.id("save-intake")).click();
            browser.waitFor(By.id("referrals"));
            String newcomerPage = browser.url();
            assertThat(newcomerPage).matches(Pattern.quote(platform.portalUrl()) + "/newcomers/[0-9a-f-]{36}");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                browser.open(newcomerPage);
                browser.waitFor(By.id("referrals"));
                assertThat(browser.driver.findElements(By.cssSelector("#referrals .referral-status")).stream()
                                .map(status -> status.getText())
                                .toList())
                        .containsExactly("Ontvangen", "Ontvangen", "Ontvangen");
                // Received: each partner's pick-up deadline runs, from the monitoring service.
                assertThat(browser.driver.findElements(By.cssSelector("#referrals td.deadline")).stream()
                                .map(deadline -> deadline.getText())
                                .toList())
                        .hasSize(3)
                        .allSatisfy(deadline -> assertThat(deadline).contains("(Oppakken, loopt)"));
            });
            assertThat(browser.driver.findElement(By.id("follow-ups")).getText())
                    .contains("Vervolggesprek 1");
            assertThat(browser.driver.findElement(By.id("worries")).getText())
                    .isEqualTo("Zijn broer, nog in Idlib; De schuld bij de kredietbank");
            browser.assertAccessible();
            browser.screenshot(DOCS.resolve("portal-newcomer.png"));

            // The agreements card per language, through the portal with the officer's own token: a PDF to hand over.
            assertThat(browser.driver.findElements(By.cssSelector("#agreements-cards a")).stream()
                            .map(link -> link.getAttribute("hreflang"))
                            .toList())
                    .containsExactly("nl", "en", "ar", "ti", "prs");
            HttpResponse<byte[]> card = getWithSession(
                    browser, browser.driver.findElement(By.id("card-ar")).getAttribute("href"));
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(card.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment")
                    .contains("afsprakenkaart-ar.pdf");
            assertThat(new String(card.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

            // A follow-up mail's link leads to this page.
            browser.open(newcomerPage + "/follow-ups");
            browser.waitFor(By.id("follow-ups"));
            assertThat(browser.url()).startsWith(newcomerPage);

            String caseNumber = browser.driver.findElement(By.id("case-number")).getText();
            assertThat(caseNumber).matches("WW-2026-\\d{5}");

            browser.open(platform.portalUrl() + "/newcomers?name=Haddad");
            browser.waitFor(By.id("search-results"));
            assertThat(browser.driver.findElement(By.id("search-results")).getText())
                    .contains("Yusuf Haddad")
                    .contains(caseNumber);
            browser.assertAccessible();
            browser.open(platform.portalUrl() + "/newcomers?caseNumber=" + caseNumber);
            browser.waitFor(By.id("search-results"));
            assertThat(browser.driver.findElements(By.cssSelector("#search-results tbody tr")))
                    .hasSize(1);
            browser.open(platform.portalUrl() + "/newcomers?name=Haddad&dateOfBirth=1988-03-02");
            browser.waitFor(By.id("search-results"));
            assertThat(browser.driver.findElement(By.id("search-results")).getText())
                    .contains("2 maart 1988")
                    .contains(caseNumber);
            browser.open(platform.portalUrl() + "/newcomers?name=Haddad&dateOfBirth=1988-03-03");
            assertThat(browser.driver.findElements(By.id("search-results"))).isEmpty();
            newcomerPageUrl = newcomerPage;
        }
    }

    @Test
    @Order(6)
    void anIntakeWithTheSameNameAndBirthDateIsWarnedAboutAndSavedOnlyWhenConfirmedDifferent() {
        try (Browser browser = browser("nl")) {
            signIn(browser, platform.portalUrl() + "/newcomers/new", "intake@wegwijs.test");
            browser.waitFor(By.id("givenNames"));
            type(browser, "givenNames", "yusuf");
            type(browser, "familyName", " Haddad ");
            setValue(browser, "dateOfBirth", "1988-03-02");
            type(browser, "countryOfOrigin", "IQ");
            type(browser, "languages", "ar");
            setValue(browser, "moveInDate", "2026-08-25");
            browser.driver.findElement(By.id("save-intake")).click();

            browser.waitFor(By.id("possible-duplicate"));
            assertThat(browser.driver
                            .findElement(By.cssSelector("#possible-duplicate a"))
                            .getAttribute("href"))
                    .isEqualTo(newcomerPageUrl);
            assertThat(browser.driver.findElement(By.id("countryOfOrigin")).getAttribute("value"))
                    .isEqualTo("IQ");
            browser.assertAccessible();

            browser.driver.findElement(By.id("differentPersonConfirmed")).click();
            browser.driver.findElement(By.id("save-intake")).click();
            browser.waitFor(By.id("referrals"));
            assertThat(browser.url())
                    .matches(Pattern.quote(platform.portalUrl()) + "/newcomers/[0-9a-f-]{36}")
                    .isNotEqualTo(newcomerPageUrl);
        }
    }

    @Test
    @Order(7)
    void aPartnerWorkerIsForbiddenTheNewcomerPages() throws Exception {
        try (Browser browser = browser("nl")) {
            signIn(browser, platform.portalUrl() + "/inbox", "rsd@wegwijs.test");
            browser.waitForUrlStartingWith(platform.portalUrl() + "/inbox");
            Cookie session = browser.driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
            HttpClient http = HttpClient.newHttpClient();
            for (String page : List.of("/newcomers", "/newcomers?name=Haddad", "/newcomers/new", newcomerPageUrl)) {
                String url = page.startsWith("http") ? page : platform.portalUrl() + page;
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(url).isEqualTo(403);
                assertThat(response.body()).as(url).doesNotContain("Haddad");
            }
            // The new pages, and their form posts with the worker's own valid CSRF token: refused for the role.
            browser.open(platform.portalUrl() + "/inbox");
            String csrf = browser.driver
                    .findElement(By.cssSelector("form.signout input[name=_csrf]"))
                    .getAttribute("value");
            for (String page : List.of("/follow-ups/1", "/correction", "/erase")) {
                HttpResponse<String> get = http.send(
                        HttpRequest.newBuilder(URI.create(newcomerPageUrl + page))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(get.statusCode()).as(page).isEqualTo(403);
                assertThat(get.body()).as(page).doesNotContain("Haddad");
                HttpResponse<String> post = http.send(
                        HttpRequest.newBuilder(URI.create(newcomerPageUrl + page))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).as(page).isEqualTo(403);
            }
            browser.open(newcomerPageUrl);
            browser.waitFor(By.id("forbidden"));
            assertThat(browser.html()).doesNotContain("Haddad");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(8)
    void theIntakeOfficerHoldsAFollowUpConversationThroughTheFormAndTheScheduleShowsItHeld() throws Exception {
        try (Browser browser = browser("nl")) {
            signIn(browser, newcomerPageUrl, "intake@wegwijs.test");
            browser.waitFor(By.id("record-follow-up-1"));
            browser.driver.findElement(By.id("record-follow-up-1")).click();
            browser.waitFor(By.id("follow-up-form"));
            browser.assertAccessible();
            assertThat(browser.driver.findElements(By.cssSelector("fieldset.review legend")).stream()
                            .map(legend -> legend.getText().split(":")[0])
                            .toList())
                    .containsExactly("RSD", "TAALHUIS", "CJG");

            type(browser, "contactsWithResidents", "2");
            new Select(browser.driver.findElement(By.id("participation"))).selectByValue("VOLUNTEERING");
            type(browser, "activitiesJoined", "buurthuis, taalcafé");
            browser.driver.findElement(By.id("satisfied")).click();
            browser.driver.findElement(By.id("reviews-0-PICKED_UP")).click();
            browser.driver.findElement(By.id("reviews-1-NOT_YET")).click();
            browser.driver.findElement(By.id("reviews-2-NO_LONGER_NEEDED")).click();
            browser.driver.findElement(By.id("save-follow-up")).click();

            // The missing language level is named at its field, in Dutch; everything typed is still there.
            browser.waitFor(By.id("form-errors"));
            assertThat(browser.driver.findElements(By.cssSelector(".field-error")).stream()
                            .map(error -> error.getAttribute("id"))
                            .toList())
                    .as(browser.driver.findElement(By.id("form-errors")).getText())
                    .containsExactly("languageLevel-error");
            assertThat(browser.driver.findElement(By.id("languageLevel-error")).getText())
                    .isEqualTo("is verplicht");
            assertThat(browser.driver
                            .findElement(By.id("contactsWithResidents"))
                            .getAttribute("value"))
                    .isEqualTo("2");
            assertThat(browser.driver.findElement(By.id("activitiesJoined")).getAttribute("value"))
                    .isEqualTo("buurthuis, taalcafé");
            assertThat(browser.driver.findElement(By.id("satisfied")).isSelected())
                    .isTrue();
            assertThat(browser.driver
                            .findElement(By.id("reviews-2-NO_LONGER_NEEDED"))
                            .isSelected())
                    .isTrue();
            browser.assertAccessible();
            assertThat(postWithoutCsrfToken(
                            browser, browser.url(), "heldOn=2026-09-01&languageLevel=A2&contactsWithResidents=2"))
                    .isEqualTo(403);

            new Select(browser.driver.findElement(By.id("languageLevel"))).selectByValue("A2");
            browser.driver.findElement(By.id("save-follow-up")).click();
            browser.waitFor(By.id("follow-ups"));
            assertThat(browser.url()).startsWith(newcomerPageUrl);
            assertThat(browser.driver
                            .findElement(By.cssSelector("#follow-ups tbody tr:first-child .follow-up-held"))
                            .getText())
                    .matches(DUTCH_DATE);
            assertThat(browser.driver.findElements(By.id("record-follow-up-1"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("record-follow-up-2"))).hasSize(1);
            browser.assertAccessible();
        }
    }

    @Test
    @Order(9)
    void theIntakeOfficerCorrectsAPhoneNumberAndTheAddressAndSeesThemOnThePage() throws Exception {
        try (Browser browser = browser("nl")) {
            signIn(browser, newcomerPageUrl, "intake@wegwijs.test");
            browser.waitFor(By.id("correct"));
            assertThat(browser.driver.findElement(By.id("phone")).getText()).isEqualTo("-");
            browser.driver.findElement(By.id("correct")).click();
            browser.waitFor(By.id("correction-form"));
            browser.assertAccessible();
            List<String> consentsGiven = browser
                    .driver
                    .findElements(By.cssSelector("fieldset.consent input[type=radio][value=GIVEN]:checked"))
                    .stream()
                    .map(radio -> radio.getAttribute("id"))
                    .toList();

            type(browser, "phone", "06-abc");
            type(browser, "street", "Slotlaan");
            type(browser, "houseNumber", "12");
            type(browser, "postalCode", "3701 GB");
            type(browser, "city", "Zeist");
            browser.driver.findElement(By.id("save-correction")).click();

            browser.waitFor(By.id("form-errors"));
            assertThat(browser.driver.findElements(By.cssSelector(".field-error")).stream()
                            .map(error -> error.getAttribute("id"))
                            .toList())
                    .as(browser.driver.findElement(By.id("form-errors")).getText())
                    .containsExactly("phone-error");
            // The intake service words a correction's field errors in its own JVM's language (its validator's
            // default), not yet in the request's as it does for an intake; so the test asserts where, not the words.
            assertThat(browser.driver.findElement(By.id("phone-error")).getText())
                    .isNotBlank();
            assertThat(browser.driver.findElement(By.id("phone")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("postalCode")).getAttribute("value"))
                    .isEqualTo("3701 GB");
            assertThat(browser
                            .driver
                            .findElements(By.cssSelector("fieldset.consent input[type=radio][value=GIVEN]:checked"))
                            .stream()
                            .map(radio -> radio.getAttribute("id"))
                            .toList())
                    .isEqualTo(consentsGiven);
            browser.assertAccessible();
            assertThat(postWithoutCsrfToken(browser, browser.url(), "phone=0612345678"))
                    .isEqualTo(403);

            type(browser, "phone", "06 1234 5678");
            new Select(browser.driver.findElement(By.id("messages"))).selectByValue("SMS");
            browser.driver.findElement(By.id("save-correction")).click();
            browser.waitFor(By.id("referrals"));
            assertThat(browser.url()).isEqualTo(newcomerPageUrl);
            assertThat(browser.driver.findElement(By.id("phone")).getText()).isEqualTo("06 1234 5678");
            assertThat(browser.driver.findElement(By.id("address")).getText()).isEqualTo("Slotlaan 12, 3701 GB Zeist");
            assertThat(browser.driver.findElement(By.id("status-messages")).getText())
                    .isEqualTo("Ja, per sms");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(10)
    void theIntakeOfficerErasesANewcomerAfterTheConfirmationAndThePageThenSaysErased() throws Exception {
        String newcomerId = newcomerPageUrl.substring(newcomerPageUrl.lastIndexOf('/') + 1);
        try (Browser browser = browser("nl")) {
            signIn(browser, newcomerPageUrl, "intake@wegwijs.test");
            browser.waitFor(By.id("erase"));
            String caseNumber = browser.driver.findElement(By.id("case-number")).getText();
            browser.driver.findElement(By.id("erase")).click();
            browser.waitFor(By.id("erase-consequences"));
            assertThat(browser.driver.findElement(By.id("erase-consequences")).getText())
                    .contains(caseNumber)
                    .contains("anonieme gegevens voor de statistiek")
                    .contains("open staan, worden ingetrokken");
            browser.assertAccessible();
            assertThat(postWithoutCsrfToken(browser, browser.url(), "")).isEqualTo(403);
            assertThat(client.get(
                                    platform.serviceUrl(Service.INTAKE) + "/api/newcomers/" + newcomerId,
                                    client.token("intake-officer"))
                            .statusCode())
                    .isEqualTo(200);

            browser.driver.findElement(By.id("confirm-erase")).click();
            browser.waitFor(By.id("erased"));
            browser.assertAccessible();
            assertThat(client.get(
                                    platform.serviceUrl(Service.INTAKE) + "/api/newcomers/" + newcomerId,
                                    client.token("intake-officer"))
                            .statusCode())
                    .isEqualTo(410);

            browser.open(newcomerPageUrl);
            browser.waitFor(By.id("newcomer-erased"));
            assertThat(browser.html()).doesNotContain("Haddad");
            browser.assertAccessible();
        }
    }

    private static void type(Browser browser, String id, String text) {
        var field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The signed-in person's own session posting a form without its CSRF token; the answer's status. */
    private static int postWithoutCsrfToken(Browser browser, String url, String form) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A GET with the browser's session, as a click on a download link would send it. */
    private static HttpResponse<byte[]> getWithSession(Browser browser, String url) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Date inputs take their typed form from the browser's locale; setting the value is the same everywhere. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)), value);
    }

    private static void referral(
            Browser browser, int row, String partner, String domain, String reason, String urgency) {
        new Select(browser.driver.findElement(By.id("referrals[" + row + "].partner"))).selectByValue(partner);
        new Select(browser.driver.findElement(By.id("referrals[" + row + "].lifeDomain"))).selectByValue(domain);
        type(browser, "referrals[" + row + "].reason", reason);
        new Select(browser.driver.findElement(By.id("referrals[" + row + "].urgency"))).selectByValue(urgency);
    }

    private Browser browser(String language) {
        // What the pages rest on is also proven without a browser: partner isolation by PartnerApiTest and
        // DeadlinesTest, the sign-in redirect and headers by signedOutEveryPageRedirectsToSignIn.
        return Browser.forTest(data, language);
    }

    /** Opens a portal page signed out, asks the issuer for a link, and opens the link from the mail viewer. */
    private void signIn(Browser browser, String portalPage, String email) {
        int mailsBefore = mails.to(email).size();
        browser.open(portalPage);
        browser.waitFor(By.id("ott-username"));
        browser.driver.findElement(By.id("ott-username")).sendKeys(email);
        browser.driver.findElement(By.cssSelector("button[form='ott-form']")).click();
        browser.waitFor(By.id("link-sent"));
        browser.open(mails.awaitLink(email, mailsBefore));
        browser.waitFor(By.id("token"));
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The "Bekijken" link of the newest mail to that address, as the notification service composed it. */
    private String viewLinkInMailTo(String address) {
        List<JsonNode> received = mails.to(address);
        if (received.isEmpty()) {
            return null;
        }
        Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>Bekijken</a>")
                .matcher(SignInMails.decoded(received.get(received.size() - 1)));
        return matcher.find() ? matcher.group(1) : null;
    }
}
