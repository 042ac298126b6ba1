package nl.wegwijs.platform.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.issuer.DevClient;
import nl.wegwijs.platform.issuer.DevClients;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What any user of the platform has: HTTP, the token endpoint and a development client's secret. Used by the demo
 * replay and the benchmarks; thread-safe.
 */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuerUri;
    private final DevClients clients;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public ApiClient(WegwijsPlatform platform) {
        this(platform.issuerUri(), platform.clients());
    }

    /** For a platform running elsewhere, such as in a process of its own. */
    public ApiClient(String issuerUri, DevClients clients) {
        this.issuerUri = issuerUri;
        this.clients = clients;
    }

    public record Reply(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    public Reply get(String url, String clientId) {
        return withToken(
                clientId,
                token -> HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
    }

    public Reply post(String url, String clientId, String json, String idempotencyKey) {
        return withToken(clientId, token -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return request.build();
        });
    }

    /** Sends with a cached token; a 401 (token expired) fetches a new one once. */
    private Reply withToken(String clientId, Function<String, HttpRequest> request) {
        Reply reply = send(request.apply(tokens.computeIfAbsent(clientId, this::token)));
        if (reply.status() == 401) {
            tokens.put(clientId, token(clientId));
            reply = send(request.apply(tokens.get(clientId)));
        }
        return reply;
    }

    private String token(String clientId) {
        DevClient client = clients.byId(clientId);
        String basic = Base64.getEncoder()
                .encodeToString((client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        Reply reply = send(HttpRequest.newBuilder(URI.create(issuerUri + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        reply.expect(200, "The token endpoint for " + clientId);
        return reply.json().get("access_token").asString();
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
