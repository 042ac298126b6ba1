package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The issuer's sign-in for people in a real browser: its own pages in Dutch and English, a passkey added after a
 * mailed link and then used to sign in, the portal's idle timeout, and the limits on asking for links. The platform
 * here has a short idle timeout and small limits, so it is not shared with {@link PortalBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserTest {

    private static final Duration IDLE = Duration.ofSeconds(15);
    private static final int LINKS_PER_EMAIL_ADDRESS = 3;
    private static final int LINKS_PER_CLIENT_ADDRESS = 12;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;

    private WegwijsPlatform platform;
    private PlatformClient client;
    private SignInMails mails;
    private Browser browser;
    private VirtualAuthenticator authenticator;

    @BeforeAll
    void startPlatform() {
        platform = WegwijsPlatform.start(PlatformSettings.onFreePorts(
                data.resolve("platform"),
                "--wegwijs.platform.service-properties.PORTAL_IDLE_TIMEOUT=" + IDLE,
                "--wegwijs.platform.service-properties.SIGN_IN_LINKS_PER_EMAIL_ADDRESS=" + LINKS_PER_EMAIL_ADDRESS,
                "--wegwijs.platform.service-properties.SIGN_IN_LINKS_PER_CLIENT_ADDRESS=" + LINKS_PER_CLIENT_ADDRESS));
        client = new PlatformClient(platform);
        mails = new SignInMails(platform, client);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theSignInPageIsDutchFirstEnglishByTheBrowsersLanguageAndAccessible() {
        try (Browser english = browser("en")) {
            english.open(platform.issuerUri() + "/login");
            english.waitFor(By.id("ott-username"));
            assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Wegwijs");
            assertThat(english.driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            english.assertAccessible();
        }
        Browser dutch = dutchBrowserWithAPasskeyAuthenticator();
        dutch.open(platform.issuerUri() + "/login");
        dutch.waitFor(By.id("ott-username"));
        assertThat(dutch.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelden bij Wegwijs");
        assertThat(dutch.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("nl");
        assertThat(dutch.driver.findElement(By.id("passkey-signin")).getText()).isEqualTo("Aanmelden met een passkey");
        dutch.assertAccessible();
        dutch.screenshot(Path.of("..", "docs", "portal-sign-in.png"));
    }

    @Test
    @Order(2)
    void aSignedInWorkerAddsAPasskeyAndNextTimeSignsInWithIt() {
        Browser browser = dutchBrowserWithAPasskeyAuthenticator();
        String email = "rsd@wegwijs.test";
        int mailsBefore = mails.to(email).size();
        browser.open(platform.issuerUri() + "/login");
        browser.waitFor(By.id("ott-username"));
        browser.driver.findElement(By.id("ott-username")).sendKeys(email);
        browser.driver.findElement(By.cssSelector("button[form='ott-form']")).click();
        browser.waitFor(By.id("link-sent"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kijk in uw e-mail");
        browser.assertAccessible();

        browser.open(mails.awaitLink(email, mailsBefore));
        browser.waitFor(By.id("token"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelden bevestigen");
        browser.assertAccessible();
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        // Signed in at the issuer: the portal's link leads to adding a passkey.
        browser.open(platform.portalUrl() + "/inbox");
        browser.waitFor(By.id("passkeys-link"));
        browser.driver.findElement(By.id("passkeys-link")).click();
        browser.waitFor(By.id("passkey-label"));
        assertThat(browser.driver.findElement(By.id("passkeys-none")).getText()).isEqualTo("U hebt nog geen passkey.");
        browser.assertAccessible();
        browser.driver.findElement(By.id("passkey-label")).sendKeys("Telefoon");
        browser.driver.findElement(By.id("passkey-register")).click();
        browser.waitFor(By.id("passkey-added"));
        assertThat(browser.driver.findElement(By.id("passkeys")).getText()).startsWith("Telefoon, toegevoegd op ");
        assertThat(authenticator.getCredentials()).hasSize(1);
        browser.assertAccessible();

        // Signed out everywhere, the portal's token revoked (ADR 24); the passkey alone signs the worker in again,
        // no mail needed.
        browser.open(platform.portalUrl() + "/inbox");
        browser.waitFor(By.cssSelector("form.signout button"));
        assertThat(revokedTokens()).isEqualTo("{\"revoked\":[]}");
        browser.driver.findElement(By.cssSelector("form.signout button")).click();
        browser.waitForUrlStartingWith(platform.portalUrl() + "/signed-out");
        assertThat(revokedTokens()).matches("\\{\"revoked\":\\[\"[^\"]+\"]}");
        int mailsAfterSignOut = mails.to(email).size();
        browser.open(platform.portalUrl() + "/inbox");
        browser.waitFor(By.id("passkey-signin"));
        browser.driver.findElement(By.id("passkey-signin")).click();
        browser.waitForUrlStartingWith(platform.portalUrl() + "/inbox");
        browser.waitFor(By.id("group-new"));
        assertThat(mails.to(email)).hasSize(mailsAfterSignOut);
    }

    @Test
    @Order(3)
    void aPortalSessionUnusedForTheIdleTimeEndsAndTheNextRequestGoesToSignIn() throws Exception {
        Cookie session =
                dutchBrowserWithAPasskeyAuthenticator().driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest inbox = HttpRequest.newBuilder(URI.create(platform.portalUrl() + "/inbox"))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .build();
        assertThat(http.send(inbox, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        // Each look uses the session, so the first look comes only after the idle time has passed.
        Duration pastIdle = IDLE.plusSeconds(2);
        HttpResponse<String> afterIdle = await().pollDelay(pastIdle)
                .pollInterval(pastIdle)
                .atMost(IDLE.multipliedBy(4))
                .until(() -> http.send(inbox, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == 302);
        assertThat(afterIdle.headers().firstValue("Location"))
                .hasValue(platform.portalUrl() + "/oauth2/authorization/wegwijs");
    }

    @Test
    @Order(4)
    void askingForALinkTooOftenForOneAddressGivesAClearPageAndOtherAddressesStillGetOne() throws Exception {
        LinkRequests requests = new LinkRequests();
        String address = "limit-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < LINKS_PER_EMAIL_ADDRESS; i++) {
            assertThat(requests.ask(address).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = requests.ask(address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("id=\"too-many-requests\"").contains("Probeer het over 15 minuten opnieuw");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");

        assertThat(requests.ask("other-" + UUID.randomUUID() + "@example.test").statusCode())
                .isEqualTo(200);

        Browser browser = dutchBrowserWithAPasskeyAuthenticator();
        browser.open(platform.issuerUri() + "/login");
        browser.waitFor(By.id("ott-username"));
        browser.driver.findElement(By.id("ott-username")).sendKeys(address);
        browser.driver.findElement(By.cssSelector("button[form='ott-form']")).click();
        browser.waitFor(By.id("too-many-requests"));
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void oneClientAskingForLinksForManyAddressesIsStoppedToo() throws Exception {
        LinkRequests requests = new LinkRequests();
        // Every address is new, so only the client's own limit can refuse; some of it went to the tests before.
        int answered = 0;
        int status = 200;
        while (status == 200 && answered <= LINKS_PER_CLIENT_ADDRESS) {
            status = requests.ask("many-" + UUID.randomUUID() + "@example.test").statusCode();
            answered++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(requests.ask("yet-another-" + UUID.randomUUID() + "@example.test")
                        .statusCode())
                .isEqualTo(429);
    }

    /** One Dutch browser for the tests in order, with a passkey authenticator built in. */
    private Browser dutchBrowserWithAPasskeyAuthenticator() {
        if (browser != null) {
            return browser;
        }
        browser = browser("nl");
        authenticator = ((HasVirtualAuthenticator) browser.driver)
                .addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true)
                        .setIsUserConsenting(true));
        return browser;
    }

    private Browser browser(String language) {
        return Browser.forTest(data, language);
    }

    /** Asks the issuer for sign-in links as a plain HTTP client would: its own session and CSRF token. */
    private final class LinkRequests {

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String csrf;

        LinkRequests() throws Exception {
            String login = http.send(
                            HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher matcher = CSRF.matcher(login);
            assertThat(matcher.find()).as(login).isTrue();
            csrf = matcher.group(1);
        }

        HttpResponse<String> ask(String address) throws Exception {
            String form = "username=" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            return http.send(
                    HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/ott/generate"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "nl")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The ids of revoked, unexpired access tokens the issuer lists for the services. */
    private String revokedTokens() {
        return client.get(platform.issuerUri() + "/revoked-tokens", null).body();
    }
}
