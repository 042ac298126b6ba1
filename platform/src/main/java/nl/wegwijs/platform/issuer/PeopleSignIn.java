package nl.wegwijs.platform.issuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wegwijs.contracts.directory.PartnerDirectory;

/**
 * Sign-in for people at the development issuer (OpenID Connect): its users, the portal as the one client that signs
 * them in, and the SMTP server the one-time links go to.
 *
 * @param portalUrl where the portal runs; its redirect and post-logout URIs are registered under it
 */
public record PeopleSignIn(
        List<DevUser> users,
        String portalClientId,
        String portalClientSecret,
        String portalUrl,
        String smtpHost,
        int smtpPort) {

    public static final String PORTAL_CLIENT_ID = "portal";

    /** The registration id the portal uses; part of its redirect URI. */
    public static final String PORTAL_REGISTRATION = "wegwijs";

    public PeopleSignIn {
        users = List.copyOf(users);
    }

    /** No people and no portal: the issuer serves client credentials only. */
    public static PeopleSignIn none() {
        return new PeopleSignIn(List.of(), PORTAL_CLIENT_ID, "", "", "", 0);
    }

    /** An intake officer, a coordinator and one worker per partner of the directory. */
    public static List<DevUser> usersFor(PartnerDirectory directory) {
        List<DevUser> users = new ArrayList<>();
        users.add(new DevUser("intake@wegwijs.test", "Intake officer", List.of("INTAKE"), null));
        users.add(new DevUser("coordinator@wegwijs.test", "Coordinator", List.of("COORDINATOR"), null));
        directory
                .partners()
                .forEach(partner -> users.add(new DevUser(
                        partner.code().topicSlug() + "@wegwijs.test",
                        partner.name(),
                        List.of("PARTNER"),
                        partner.code().value())));
        return List.copyOf(users);
    }

    public Optional<DevUser> user(String email) {
        String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return users.stream().filter(user -> user.email().equals(wanted)).findFirst();
    }

    public String redirectUri() {
        return portalUrl + "/login/oauth2/code/" + PORTAL_REGISTRATION;
    }
}
