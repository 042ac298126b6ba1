package nl.wegwijs.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) that keeps what it receives in memory, for developers to read. */
public final class EmbeddedMail implements AutoCloseable {

    private final GreenMail greenMail;

    private EmbeddedMail(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static EmbeddedMail start(String host, int smtpPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(smtp);
        greenMail.start();
        return new EmbeddedMail(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(EmbeddedMail::toReceivedMail)
                .toList();
    }

    private static ReceivedMail toReceivedMail(MimeMessage message) {
        try {
            return new ReceivedMail(
                    addresses(message.getFrom()),
                    addresses(message.getAllRecipients()),
                    message.getSubject(),
                    message.getSentDate() == null
                            ? null
                            : message.getSentDate().toInstant().toString(),
                    GreenMailUtil.getBody(message),
                    plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        }
    }

    /** The decoded plain-text part, so a text in Arabic or Tigrinya reads as written; empty if there is none. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plainText(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /**
     * @param body the raw body, as sent (parts, encodings)
     * @param text the plain-text part, decoded
     */
    public record ReceivedMail(
            List<String> from, List<String> to, String subject, String sentAt, String body, String text) {}
}
