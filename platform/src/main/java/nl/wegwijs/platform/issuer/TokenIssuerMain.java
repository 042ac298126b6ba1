package nl.wegwijs.platform.issuer;

import nl.wegwijs.platform.PlatformSettings;

/**
 * The development token issuer alone, for the compose stack. {@code ISSUER_URI} is the issuer the services are told
 * (inside the compose network), so tokens fetched from the host validate there too. People sign in to the portal at
 * {@code PORTAL_URL} with one-time links mailed through {@code SMTP_HOST}:{@code SMTP_PORT}.
 */
public final class TokenIssuerMain {

    public static void main(String[] args) {
        PlatformSettings settings = PlatformSettings.from(args);
        String issuer = System.getenv().getOrDefault("ISSUER_URI", settings.url(settings.issuerPort()));
        DevClients clients = DevClients.forDirectory(settings.loadPartnerDirectory(), settings.clientSecrets());
        var environment = System.getenv();
        PeopleSignIn people = new PeopleSignIn(
                PeopleSignIn.usersFor(settings.loadPartnerDirectory()),
                PeopleSignIn.PORTAL_CLIENT_ID,
                environment.getOrDefault("PORTAL_CLIENT_SECRET", PeopleSignIn.PORTAL_CLIENT_ID + "-dev-secret"),
                environment.getOrDefault("PORTAL_URL", "http://localhost:8080"),
                environment.getOrDefault("SMTP_HOST", "localhost"),
                Integer.parseInt(environment.getOrDefault("SMTP_PORT", "2525")));
        TokenIssuerApplication.builder(clients.all(), people)
                .run(
                        "--server.port=" + settings.issuerPort(),
                        "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                        "--spring.config.name=token-issuer",
                        "--server.servlet.session.cookie.name=WEGWIJS_ISSUER_SESSION");
    }

    private TokenIssuerMain() {}
}
