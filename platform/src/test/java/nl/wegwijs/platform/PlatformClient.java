package nl.wegwijs.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.wegwijs.platform.issuer.DevClient;
import tools.jackson.databind.json.JsonMapper;

/** What a user of the platform has: HTTP, the token endpoint and a development client's secret. */
final class PlatformClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WegwijsPlatform platform;

    PlatformClient(WegwijsPlatform platform) {
        this.platform = platform;
    }

    String token(String clientId) {
        DevClient client = platform.clients().byId(clientId);
        String basic = Base64.getEncoder()
                .encodeToString((client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.body());
        }
        return JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("access_token")
                .asString();
    }

    HttpResponse<String> get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
