package nl.wegwijs.platform.issuer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails the one-time sign-in link to a known person, and answers every request with the same page, known address or
 * not, so the page tells nobody which addresses exist. The mail goes out on a thread of its own, so neither the time
 * of the answer nor a slow SMTP server tells it either.
 */
final class SignInLinkMailer implements OneTimeTokenGenerationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInLinkMailer.class);

    private static final String SMTP_TIMEOUT_MILLIS = "5000";

    private final PeopleSignIn people;
    private final String issuer;
    private final ExecutorService mailer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sign-in-mail");
        thread.setDaemon(true);
        return thread;
    });

    SignInLinkMailer(PeopleSignIn people, String issuer) {
        this.people = people;
        this.issuer = issuer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        people.user(token.getUsername()).ifPresent(user -> {
            String link = linkFor(token);
            mailer.execute(() -> send(user, link));
        });
        SignInTexts texts = SignInTexts.of(request);
        SignInPages.respond(response, texts, SignInPages.linkSent(texts));
    }

    private String linkFor(OneTimeToken token) {
        return UriComponentsBuilder.fromUriString(issuer)
                .path("/login/ott")
                .queryParam("token", token.getTokenValue())
                .build()
                .toUriString();
    }

    private void send(DevUser user, String link) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", people.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(people.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", SMTP_TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", SMTP_TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", SMTP_TIMEOUT_MILLIS);
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("aanmelden@wegwijs.test"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.email()));
            message.setSubject("Aanmelden bij Wegwijs / Sign in to Wegwijs", StandardCharsets.UTF_8.name());
            message.setText("""
                    Open deze link om aan te melden bij Wegwijs. De link werkt een keer, vijf minuten lang.
                    Open this link to sign in to Wegwijs. It works once, for five minutes.

                    %s
                    """.formatted(link), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            // No address in the log: it is personal data, and the exception's message may carry it.
            log.warn("The sign-in link could not be mailed: {}", e.getClass().getSimpleName());
        }
    }
}
