package nl.wegwijs.portal.signin;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives every session the configured idle timeout to the second. Tomcat takes {@code server.servlet.session.timeout}
 * in whole minutes only (at least one); a session asked for after its idle time is gone, whatever the unit.
 */
@Component
class IdleTimeout implements HttpSessionListener {

    private final int seconds;

    IdleTimeout(@Value("${server.servlet.session.timeout}") Duration timeout) {
        this.seconds = Math.toIntExact(timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
