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
 * A GreenMail SMTP server behind a thin SMTP front ({@link SmtpFront}), both on fixed free ports, that a test can stop
 * and start again (an outage) and tell to refuse a recipient. Mails received before a restart are kept, so counts span
 * the outage.
 */
public final class TestSmtp {

    private final ServerSetup setup;
    private final SmtpFront front;
    private final List<ReceivedMail> earlier = new ArrayList<>();
    private GreenMail server;

    private TestSmtp(int port, int greenMailPort) {
        this.setup = new ServerSetup(greenMailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // Builds share two cores: give the server time to bind.
        setup.setServerStartupTimeout(10_000);
        this.front = new SmtpFront(port, greenMailPort);
    }

    public static TestSmtp onFreePort() {
        TestSmtp smtp = new TestSmtp(freePort(), freePort());
        smtp.start();
        return smtp;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the service sends its mail: the front. */
    public int port() {
        return front.port();
    }

    /** Answers {@code 550} to every mail for {@code address}, as a server that has no such mailbox. */
    public void refuse(String address) {
        front.refuse(address);
    }

    /** Answers {@code 451} to the next {@code times} mails for {@code address}. */
    public void defer(String address, int times) {
        front.defer(address, times);
    }

    public synchronized void start() {
        server = new GreenMail(setup);
        server.start();
        front.start();
    }

    /** Both stop: the port refuses connections, as a server that is down. */
    public synchronized void stop() {
        front.stop();
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
                    // SMTP carries CRLF; the templates write LF.
                    part(message, "text/plain").replace("\r\n", "\n"),
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
