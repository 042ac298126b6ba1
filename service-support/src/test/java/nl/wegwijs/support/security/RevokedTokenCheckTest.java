package nl.wegwijs.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** The services' revocation check against an issuer's list served over HTTP, with a clock the test moves. */
class RevokedTokenCheckTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final AtomicReference<String> list = new AtomicReference<>("{\"revoked\":[]}");
    private final MovableClock clock = new MovableClock();
    private HttpServer issuer;
    private RevokedTokenCheck check;

    @BeforeEach
    void start() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer.createContext("/revoked-tokens", exchange -> {
            byte[] body = list.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
        check = new RevokedTokenCheck(
                "http://localhost:" + issuer.getAddress().getPort() + "/revoked-tokens", INTERVAL, clock);
    }

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    @Test
    void aTokenListedAsRevokedIsRefusedOnceTheIntervalHasPassed() {
        assertThat(check.validate(token("a")).hasErrors()).isFalse();

        list.set("{\"revoked\":[\"a\"]}");
        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(check.validate(token("a")).hasErrors())
                .as("within the interval")
                .isFalse();
        clock.advance(Duration.ofSeconds(1));

        assertThat(check.validate(token("a")).hasErrors()).isTrue();
        assertThat(check.validate(token("b")).hasErrors()).isFalse();
    }

    @Test
    void whileTheIssuerDoesNotAnswerTheLastListStays() {
        list.set("{\"revoked\":[\"a\"]}");
        assertThat(check.validate(token("a")).hasErrors()).isTrue();

        issuer.stop(0);
        clock.advance(INTERVAL);

        assertThat(check.validate(token("a")).hasErrors()).isTrue();
        assertThat(check.validate(token("b")).hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutIdIsRefused() {
        Jwt withoutId =
                Jwt.withTokenValue("t").header("alg", "RS256").subject("x").build();

        assertThat(check.validate(withoutId).hasErrors()).isTrue();
    }

    private static Jwt token(String id) {
        return Jwt.withTokenValue("t").header("alg", "RS256").jti(id).build();
    }
}
