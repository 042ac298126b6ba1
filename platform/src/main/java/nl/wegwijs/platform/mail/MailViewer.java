package nl.wegwijs.platform.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists the mails the embedded SMTP server received, as JSON at {@code /messages}: the developer's view of what the
 * notification service sent. Development only; it binds to the platform's host (localhost by default).
 */
public final class MailViewer implements AutoCloseable {

    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    public static MailViewer start(EmbeddedMail mail, String host, int port) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.createContext("/messages", exchange -> respond(exchange, json.writeValueAsBytes(mail.received())));
            server.start();
            return new MailViewer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the mail viewer on " + host + ":" + port, e);
        }
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=" + StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
