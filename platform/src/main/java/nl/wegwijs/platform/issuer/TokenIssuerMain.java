package nl.wegwijs.platform.issuer;

import nl.wegwijs.platform.PlatformSettings;

/**
 * The development token issuer alone, for the compose stack. {@code ISSUER_URI} is the issuer the services are told
 * (inside the compose network), so tokens fetched from the host validate there too.
 */
public final class TokenIssuerMain {

    public static void main(String[] args) {
        PlatformSettings settings = PlatformSettings.from(args);
        String issuer = System.getenv().getOrDefault("ISSUER_URI", settings.url(settings.issuerPort()));
        DevClients clients = DevClients.forDirectory(settings.loadPartnerDirectory(), settings.clientSecrets());
        TokenIssuerApplication.builder(clients.all())
                .run(
                        "--server.port=" + settings.issuerPort(),
                        "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                        "--spring.config.name=token-issuer");
    }

    private TokenIssuerMain() {}
}
