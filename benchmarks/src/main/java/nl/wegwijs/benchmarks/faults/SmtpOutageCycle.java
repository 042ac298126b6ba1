package nl.wegwijs.benchmarks.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP outage cycle of the fault suite: the platform's clock jumps weeks ahead, so every open referral is overdue
 * and escalation mails fall due, while the SMTP server the services send through is down; the platform is killed
 * during the outage and started again; then the SMTP server comes up. Every escalation published must have become a
 * notification, and every mail that fell due must arrive, once.
 */
final class SmtpOutageCycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpOutageCycle.class);
    /** Far enough for every phase deadline to pass, in working days, whatever the calendar. */
    static final Duration CLOCK_JUMP = Duration.ofDays(30);

    private static final Duration FIRST_MAIL_WAIT = Duration.ofMinutes(3);
    private static final Duration NO_PROGRESS = Duration.ofMinutes(3);

    /** What the cycle saw: mails the notification service recorded as sent, mails the SMTP server received. */
    record Result(int sent, int received, List<String> violations) {}

    private SmtpOutageCycle() {}

    static Result run(PlatformProcess platform, int kills, Random random) throws Exception {
        int smtpPort = PlatformProcess.freePort();
        platform.stop();
        platform.startFromNowOn(CLOCK_JUMP, quickDelivery(smtpPort));
        platform.start();
        NotificationRecords records = new NotificationRecords(platform.mongoConnectionString(), CLOCK_JUMP);
        List<String> violations = new ArrayList<>();
        if (!records.awaitAny(FIRST_MAIL_WAIT)) {
            violations.add("0 escalation mails fell due within " + FIRST_MAIL_WAIT + ": the cycle proved nothing");
            return new Result(0, 0, violations);
        }
        for (int kill = 1; kill <= kills; kill++) {
            Thread.sleep(2_000 + random.nextInt(6_000));
            platform.kill();
            log.info("Fault suite: SIGKILL {} while the SMTP server is down", kill);
            platform.start();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        log.info("Fault suite: the SMTP server is up again");
        try {
            Settled settled = settle(records, smtp, platform.kafkaBootstrapServers());
            NotificationRecords.Delivery delivery = settled.delivery();
            violations.addAll(delivery.violations(settled.escalationIds(), receivedMessageIds(smtp)));
            return new Result(delivery.sentIds().size(), smtp.getReceivedMessages().length, violations);
        } finally {
            smtp.stop();
        }
    }

    /** The mail goes to {@code smtpPort}; SLA scans, retries and digests run every few seconds instead of minutes. */
    private static Map<String, String> quickDelivery(int smtpPort) {
        return Map.of(
                "SMTP_HOST", "localhost",
                "SMTP_PORT", String.valueOf(smtpPort),
                "SLA_SCAN_INTERVAL", "PT2S",
                "NOTIFICATION_RETRY_INTERVAL", "PT2S",
                "NOTIFICATION_DIGEST_INTERVAL", "PT2S",
                "NOTIFICATION_RETRY_BACKOFF", "PT2S",
                "NOTIFICATION_RETRY_MAX_BACKOFF", "PT30S");
    }

    /**
     * The escalations on the topic, and the notification service's records read after them: judged together, an
     * escalation the running SLA scan publishes after that moment is not taken for one that never became a
     * notification (the first full run counted 8 such).
     */
    private record Settled(Set<String> escalationIds, NotificationRecords.Delivery delivery) {

        static Settled now(NotificationRecords records, String bootstrapServers) {
            Set<String> escalations = EscalationRecords.eventIds(bootstrapServers);
            return new Settled(escalations, records.delivery());
        }

        long outstanding(GreenMail smtp) {
            long unnotified = escalationIds.stream()
                    .filter(id -> !delivery.sourceIds().contains(id))
                    .count();
            return unnotified
                    + delivery.waiting()
                    + Math.abs(delivery.sentIds().size() - smtp.getReceivedMessages().length);
        }
    }

    /** Waits while escalations or mails are still on their way and their number keeps falling. */
    private static Settled settle(NotificationRecords records, GreenMail smtp, String bootstrapServers)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        Settled settled = Settled.now(records, bootstrapServers);
        long outstanding = settled.outstanding(smtp);
        while (outstanding > 0 && System.nanoTime() - lastProgress < NO_PROGRESS.toNanos()) {
            Thread.sleep(2_000);
            settled = Settled.now(records, bootstrapServers);
            long now = settled.outstanding(smtp);
            if (now < outstanding) {
                outstanding = now;
                lastProgress = System.nanoTime();
            }
            log.info("Fault suite: {} escalations or mails still on their way", now);
        }
        return settled;
    }

    private static Map<String, Integer> receivedMessageIds(GreenMail smtp) throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            counts.merge(message.getMessageID(), 1, Integer::sum);
        }
        return counts;
    }
}
