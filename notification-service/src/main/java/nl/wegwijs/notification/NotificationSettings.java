package nl.wegwijs.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification service's own settings ({@code wegwijs.notifications.*}).
 *
 * @param language the language of every mail: {@code nl} (default) or {@code en}
 * @param baseUrl where the links in a mail point: the partner inbox and the coordinator's reports live under it
 * @param from the sender address
 * @param followUpRecipient who gets {@code FollowUpOverdue}; blank means the directory's intake officer
 * @param stormWindow how long after a level-1 mail to one contact further level-1 escalations wait for a digest
 * @param sendLease how long a claimed notification is left to its sender before the retry job may take it over
 * @param coordinatorDigestTime when the coordinator's daily digest of level-3 escalations goes out
 * @param zone the municipality's time zone, for the daily digest and the dates in a mail
 */
@ConfigurationProperties("wegwijs.notifications")
public record NotificationSettings(
        Locale language,
        String baseUrl,
        String from,
        String followUpRecipient,
        Duration stormWindow,
        Duration sendLease,
        LocalTime coordinatorDigestTime,
        ZoneId zone) {}
