package nl.wegwijs.platform;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mails in the platform's mail viewer, and the one-time sign-in links in them. */
final class SignInMails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SIGN_IN_LINK = Pattern.compile("http://\\S+/login/ott\\?token=[\\w-]+");

    private final WegwijsPlatform platform;
    private final PlatformClient client;

    SignInMails(WegwijsPlatform platform, PlatformClient client) {
        this.platform = platform;
        this.client = client;
    }

    List<JsonNode> to(String address) {
        return JSON.readTree(client.get(platform.mailViewerUrl(), null).body())
                .valueStream()
                .filter(mail -> mail.get("to")
                        .valueStream()
                        .anyMatch(to -> to.asString().equals(address)))
                .toList();
    }

    /** The sign-in link of the first mail to that address after {@code mailsBefore} mails, once it has arrived. */
    String awaitLink(String address, int mailsBefore) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            List<JsonNode> mails = to(address);
                            return mails.size() > mailsBefore ? linkIn(mails.get(mails.size() - 1)) : null;
                        },
                        found -> found != null);
    }

    private static String linkIn(JsonNode mail) {
        Matcher matcher = SIGN_IN_LINK.matcher(decoded(mail));
        return matcher.find() ? matcher.group() : null;
    }

    /** The mail viewer shows the raw body: undo quoted-printable's soft line breaks and escaped equals signs. */
    static String decoded(JsonNode mail) {
        return mail.get("body")
                .asString()
                .replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "=");
    }
}
