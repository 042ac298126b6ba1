package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a user of the platform has: HTTP, the token endpoint and a development client's secret. */
final class PlatformClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WegwijsPlatform platform;

    PlatformClient(WegwijsPlatform platform) {
        this.platform = platform;
    }

    String token(String clientId) {
        HttpResponse<String> response =
                tokenResponse(clientId, platform.clients().byId(clientId).secret());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The token endpoint's answer to a client credentials request with this secret. */
    HttpResponse<String> tokenResponse(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    }

    /** The issuer's standard revocation endpoint, as the client that holds the token calls it. */
    HttpResponse<String> revoke(String clientId, String token) {
        String secret = platform.clients().byId(clientId).secret();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/oauth2/revoke"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&token_type_hint=access_token"))
                .build());
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

    HttpResponse<String> delete(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
    }

    /** Records an intake as the intake officer; its 201 answer. */
    JsonNode postIntake(String body) {
        HttpResponse<String> response =
                post(platform.serviceUrl(Service.INTAKE) + "/api/newcomers", token("intake-officer"), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** A referral's status, as the coordinator reads it. */
    String referralStatus(UUID referral) {
        return JSON.readTree(
                        get(platform.serviceUrl(Service.REFERRAL) + "/api/referrals/" + referral, token("coordinator"))
                                .body())
                .get("status")
                .asString();
    }

    void awaitReferralStatus(UUID referral, String status) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> referralStatus(referral).equals(status));
    }

    /** The id of the intake's referral to this partner. */
    static UUID referralOf(JsonNode intake, String partner) {
        return intake.get("referrals")
                .valueStream()
                .filter(referral -> referral.get("partner").asString().equals(partner))
                .map(referral -> UUID.fromString(referral.get("referralId").asString()))
                .findFirst()
                .orElseThrow();
    }

    /** An intake with referrals to RSD, Taalhuis and CJG. */
    static String threeReferralIntake() {
        try (InputStream in = PlatformClient.class.getResourceAsStream("/intake-three-referrals.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The claims of a token, read without checking it. */
    static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** A single audience is written as a string, several as an array. */
    static List<String> audience(String token) {
        JsonNode audience = claims(token).get("aud");
        if (audience.isString()) {
            return List.of(audience.asString());
        }
        return StreamSupport.stream(audience.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
