package nl.wegwijs.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The exceptions are built as JavaMail and Spring build them for a refused RCPT TO (the real path is in DeliveryFailureTest). */
class SmtpFailuresTest {

    private static final String ADDRESS = "amira.haddad@example.org";

    @Test
    void aRecipientRefusedWith550IsPermanentAndDescribedWithoutTheAddress() throws Exception {
        MailSendException failure = rcptRefused(550, "550 5.1.1 <" + ADDRESS + ">: Recipient address rejected");

        assertThat(SmtpFailures.isPermanent(failure)).isTrue();
        assertThat(new SmtpFailures.Permanent().test(failure)).isTrue();
        assertThat(new SmtpFailures.Transient().test(failure)).isFalse();
        assertThat(SmtpFailures.describe(failure))
                .isEqualTo("SMTP reply 550 5.1.1 <<address>>: Recipient address rejected");
    }

    @Test
    void anSmsProvidersErrorIsDescribedWithoutTheNumber() {
        RuntimeException failure =
                new IllegalStateException("Provider refused +31 6 1234 5678: number unreachable (code 21614)");

        assertThat(SmtpFailures.describe(failure))
                .isEqualTo("IllegalStateException: Provider refused <number>: number unreachable (code 21614)");
    }

    @Test
    void aRecipientDeferredWith451IsTransient() throws Exception {
        MailSendException failure = rcptRefused(451, "451 4.2.0 <" + ADDRESS + ">: Mailbox busy");

        assertThat(SmtpFailures.isPermanent(failure)).isFalse();
        assertThat(new SmtpFailures.Transient().test(failure)).isTrue();
        assertThat(SmtpFailures.describe(failure)).startsWith("SMTP reply 451").doesNotContain(ADDRESS);
    }

    @Test
    void aRefusedSenderIsTransientBecauseItConcernsEveryMail() throws Exception {
        SMTPSenderFailedException sender = new SMTPSenderFailedException(
                new InternetAddress("wegwijs@zeist.example"), "MAIL FROM", 553, "553 sender not allowed");
        MailSendException failure = new MailSendException(Map.of(new Object(), sender));

        assertThat(SmtpFailures.isPermanent(failure)).isFalse();
    }

    @Test
    void aRefusedConnectionIsTransientAndDescribedByItsCauses() {
        MailSendException failure = new MailSendException(
                "Mail server connection failed",
                new MessagingException(
                        "Couldn't connect to host, port: 127.0.0.1, 2525", new ConnectException("Connection refused")));

        assertThat(SmtpFailures.isPermanent(failure)).isFalse();
        assertThat(SmtpFailures.describe(failure))
                .isEqualTo("MessagingException: Couldn't connect to host, port: 127.0.0.1, 2525; "
                        + "caused by ConnectException: Connection refused");
    }

    private static MailSendException rcptRefused(int code, String reply) throws Exception {
        SMTPAddressFailedException rcpt =
                new SMTPAddressFailedException(new InternetAddress(ADDRESS), "RCPT TO:<" + ADDRESS + ">", code, reply);
        SendFailedException send = new SendFailedException("Invalid Addresses", rcpt);
        return new MailSendException(Map.of(new Object(), send));
    }
}
