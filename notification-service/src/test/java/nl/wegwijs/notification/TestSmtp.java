package nl.wegwijs.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A GreenMail SMTP server on a fixed free port that a test can stop and start again (an outage). Mails received
 * before a restart are kept, so counts span the outage.
 */
public final class TestSmtp {

    private final ServerSetup setup;
    private final List<ReceivedMail> earlier = new ArrayList<>();
    private GreenMail server;

    private TestSmtp(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // Builds share two cores: give the server time to bind.
        setup.setServerStartupTimeout(10_000);
    }

    public static TestSmtp onFreePort() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestSmtp smtp = new TestSmtp(port);
        smtp.start();
        return smtp;
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized void start() {
        server = new GreenMail(setup);
        server.start();
    }

    public synchronized void stop() {
        earlier.addAll(current());
        server.stop();
    }

    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> all = new ArrayList<>(earlier);
        all.addAll(current());
        return all;
    }

    /** Mails to {@code recipient} whose subject or plain text mentions {@code text}. */
    public List<ReceivedMail> to(String recipient, String text) {
        return received().stream()
                .filter(mail -> mail.recipients().contains(recipient))
                .filter(mail -> mail.subject().contains(text) || mail.text().contains(text))
                .toList();
    }

    private List<ReceivedMail> current() {
        return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read).toList();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            List<String> recipients = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
            return new ReceivedMail(
                    recipients,
                    message.getSubject(),
                    part(message, "text/plain"),
                    part(message, "text/html"),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    public record ReceivedMail(List<String> recipients, String subject, String text, String html, String messageId) {}
}
