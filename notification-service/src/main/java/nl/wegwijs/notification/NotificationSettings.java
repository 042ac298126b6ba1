package nl.wegwijs.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification service's own settings ({@code wegwijs.notifications.*}).
 *
 * @param language the language of every mail: {@code nl} (default) or {@code en}
 * @param baseUrl where the links in a mail point: the partner inbox and the coordinator's reports live under it
 * @param from the sender address
 * @param municipalityName who signs every mail; blank means the partner directory's municipality name
 * @param followUpRecipient who gets {@code FollowUpOverdue}; blank means the directory's intake officer
 * @param stormWindow how long after a level-1 mail to one contact further level-1 escalations wait for a digest
 * @param sendLease how long a claimed notification is left to its sender before the retry job may take it over
 * @param coordinatorDigestTime when the coordinator's daily digest of level-3 escalations goes out
 * @param retries how often, and how far apart, a failed notification is tried again (ADR 13)
 */
@ConfigurationProperties("wegwijs.notifications")
public record NotificationSettings(
        Locale language,
        String baseUrl,
        String from,
        String municipalityName,
        String followUpRecipient,
        Duration stormWindow,
        Duration sendLease,
        LocalTime coordinatorDigestTime,
        Retries retries) {

    /**
     * @param maxAttempts delivery attempts before a notification is {@code FAILED_PERMANENTLY}
     * @param firstBackoff the wait after the first failed attempt
     * @param multiplier each further wait is this many times the one before
     * @param maxBackoff no wait is longer than this
     */
    public record Retries(int maxAttempts, Duration firstBackoff, double multiplier, Duration maxBackoff) {

        public Retries {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("wegwijs.notifications.retries.max-attempts must be at least 1");
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException("wegwijs.notifications.retries.multiplier must be at least 1");
            }
        }

        /** The wait after failed attempt number {@code attempt} (1 for the first). */
        public Duration backoffAfter(int attempt) {
            double factor = Math.pow(multiplier, Math.max(0, attempt - 1));
            double millis = Math.min(firstBackoff.toMillis() * factor, maxBackoff.toMillis());
            return Duration.ofMillis((long) millis);
        }
    }
}
