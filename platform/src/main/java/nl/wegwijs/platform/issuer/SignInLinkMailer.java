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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails the one-time sign-in link to a known person, and answers every request with the same page, known address or
 * not, so the page tells nobody which addresses exist.
 */
final class SignInLinkMailer implements OneTimeTokenGenerationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInLinkMailer.class);

    private final PeopleSignIn people;
    private final String issuer;

    SignInLinkMailer(PeopleSignIn people, String issuer) {
        this.people = people;
        this.issuer = issuer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        people.user(token.getUsername()).ifPresent(user -> send(user, linkFor(token)));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(SignInPages.linkSent());
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
            // No address in the log: it is personal data.
            log.warn("The sign-in link could not be mailed", e);
        }
    }
}
