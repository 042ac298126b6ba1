package nl.wegwijs.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** People of the development issuer signing in to the portal with the one-time link from the mail viewer. */
final class PortalPeople {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SIGN_IN_LINK = Pattern.compile("http://\\S+/login/ott\\?token=[\\w-]+");

    private final WegwijsPlatform platform;
    private final PlatformClient client;

    PortalPeople(WegwijsPlatform platform, PlatformClient client) {
        this.platform = platform;
        this.client = client;
    }

    /** Opens a portal page signed out, asks the issuer for a link, and opens the link from the mail viewer. */
    void signIn(Browser browser, String portalPage, String email) {
        int mailsBefore = mailsTo(email).size();
        browser.open(portalPage);
        browser.waitFor(By.id("ott-username"));
        browser.driver.findElement(By.id("ott-username")).sendKeys(email);
        browser.driver.findElement(By.cssSelector("button[form='ott-form']")).click();
        browser.waitFor(By.id("link-sent"));
        String link = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mailsTo(email).size() > mailsBefore
                                ? signInLinkIn(mailsTo(email).get(mailsTo(email).size() - 1))
                                : null,
                        found -> found != null);
        browser.open(link);
        browser.waitFor(By.id("token"));
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** A GET of a portal page in the browser's signed-in session, outside the browser: for status codes and files. */
    HttpResponse<String> getInSession(Browser browser, String path) throws IOException, InterruptedException {
        Cookie session = browser.driver.manage().getCookieNamed("WEGWIJS_PORTAL_SESSION");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.portalUrl() + path))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> mailsTo(String address) {
        return JSON.readTree(client.get(platform.mailViewerUrl(), null).body())
                .valueStream()
                .filter(mail -> mail.get("to")
                        .valueStream()
                        .anyMatch(to -> to.asString().equals(address)))
                .toList();
    }

    private static String signInLinkIn(JsonNode mail) {
        Matcher matcher = SIGN_IN_LINK.matcher(mail.get("body")
                .asString()
                .replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "="));
        return matcher.find() ? matcher.group() : null;
    }
}
