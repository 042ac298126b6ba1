package nl.wegwijs.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means. <b>Permanent</b>: the SMTP server answered 5xx for this mail's recipient or content
 * (RCPT TO, DATA), or the address cannot be parsed; sending again gives the same answer. Everything else is
 * <b>transient</b> (connection refused, time-outs, 4xx) and is retried. A 5xx to MAIL FROM is transient on purpose: it
 * refuses our sender, so it is the configuration of every mail, not a fault of this one.
 */
public final class SmtpFailures {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    /** A phone number as an SMS provider's error may repeat it: seven or more digits, spaces and dashes between. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d[\\d ()-]{5,}\\d");

    private SmtpFailures() {}

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof MailParseException || cause instanceof AddressException) {
                return true;
            }
            if (replyCode(cause).filter(code -> code >= 500).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure for logs and the audit: the SMTP reply if there is one, else the messages of the cause chain, with
     * every e-mail address masked (recipients may be people; a log is no place for their addresses).
     */
    public static String describe(Throwable failure) {
        List<Throwable> chain = chain(failure);
        String text = chain.stream()
                .filter(cause -> replyCode(cause).isPresent())
                .findFirst()
                .map(reply -> "SMTP reply " + reply.getMessage())
                .orElseGet(() -> chain.stream()
                        .filter(cause -> !(cause instanceof MailSendException))
                        .map(SmtpFailures::oneLine)
                        .distinct()
                        .collect(Collectors.joining("; caused by ")));
        return PHONE_NUMBER
                .matcher(ADDRESS.matcher(text).replaceAll("<address>"))
                .replaceAll("<number>");
    }

    private static String oneLine(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().split("\\R", 2)[0];
        return cause.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
    }

    private static Optional<Integer> replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException rejected) {
            return Optional.of(rejected.getReturnCode());
        }
        // SMTPSenderFailedException (MAIL FROM) is no subclass of this, so it stays transient.
        if (cause instanceof SMTPSendFailedException failed) {
            return Optional.of(failed.getReturnCode());
        }
        return Optional.empty();
    }

    /** The failure, its causes, JavaMail's chained exceptions and the failures of each message of a batch. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        collect(failure, found, seen);
        return found;
    }

    private static void collect(Throwable failure, List<Throwable> found, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return;
        }
        found.add(failure);
        if (failure instanceof MailSendException send) {
            send.getFailedMessages().values().forEach(cause -> collect(cause, found, seen));
        }
        if (failure instanceof MessagingException messaging) {
            collect(messaging.getNextException(), found, seen);
        }
        collect(failure.getCause(), found, seen);
    }

    /** For Resilience4j's retry ({@code retry-exception-predicate}): only transient mail failures are retried. */
    public static final class Transient implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return failure instanceof MailException && !isPermanent(failure);
        }
    }

    /**
     * For the circuit breaker ({@code ignore-exception-predicate}): a refused recipient says the server works, so it
     * must not open the breaker for everybody else.
     */
    public static final class Permanent implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return isPermanent(failure);
        }
    }
}
