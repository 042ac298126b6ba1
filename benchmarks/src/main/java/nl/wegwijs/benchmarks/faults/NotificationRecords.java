package nl.wegwijs.benchmarks.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** The notification service's records, read from its store: which mails fell due and what became of them. */
final class NotificationRecords {

    private final String mongoUri;
    private final Clock platformClock;

    NotificationRecords(String mongoUri, Duration clockOffset) {
        this.mongoUri = mongoUri;
        this.platformClock = Clock.offset(Clock.systemUTC(), clockOffset);
    }

    /** Waits until at least one mail has been recorded; false if none was within {@code wait}. */
    boolean awaitAny(Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            if (!all().isEmpty()) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    Delivery delivery() {
        Instant now = platformClock.instant();
        Map<String, String> sent = new HashMap<>();
        Set<String> sentIds = new HashSet<>();
        Set<String> sources = new HashSet<>();
        List<String> givenUp = new ArrayList<>();
        List<String> bundledInto = new ArrayList<>();
        long waiting = 0;
        for (Document record : all()) {
            String id = record.getString("_id");
            sources.add(record.getString("sourceId"));
            switch (record.getString("status")) {
                case "SENT" -> {
                    sentIds.add(id);
                    sent.put(messageId(id), id);
                }
                case "BUNDLED" -> bundledInto.add(record.getString("digestId"));
                case "FAILED_PERMANENTLY" -> givenUp.add(id);
                case "HELD" -> {
                    if (!record.getDate("holdUntil").toInstant().isAfter(now)) {
                        waiting++;
                    }
                }
                default -> waiting++; // PENDING, FAILED
            }
        }
        return new Delivery(sent, sentIds, sources, givenUp, bundledInto, waiting);
    }

    private List<Document> all() {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> notifications =
                    client.getDatabase("wegwijs-notification").getCollection("notifications");
            return notifications.find().into(new ArrayList<>());
        }
    }

    /**
     * @param sentByMessageId the Message-ID each sent notification carries, to its notification id
     * @param sourceIds the escalation (or digest) each notification was made for
     * @param waiting due mails not yet accepted by the SMTP server (pending, failed, or held past their digest time)
     */
    record Delivery(
            Map<String, String> sentByMessageId,
            Set<String> sentIds,
            Set<String> sourceIds,
            List<String> givenUp,
            List<String> bundledInto,
            long waiting) {

        /**
         * Every escalation became a notification, every due mail arrived exactly once, and nothing else arrived.
         */
        List<String> violations(Set<String> escalationIds, Map<String, Integer> receivedByMessageId) {
            List<String> violations = new ArrayList<>();
            long unnotified =
                    escalationIds.stream().filter(id -> !sourceIds.contains(id)).count();
            if (unnotified > 0) {
                violations.add(unnotified + " escalations on the topic never became a notification");
            }
            if (sentIds.isEmpty()) {
                violations.add("0 mails went out: the cycle proved nothing");
            }
            if (waiting > 0) {
                violations.add(waiting + " due mails never went out");
            }
            if (!givenUp.isEmpty()) {
                violations.add(givenUp.size() + " mails given up (FAILED_PERMANENTLY)");
            }
            long bundledIntoUnsent =
                    bundledInto.stream().filter(id -> !sentIds.contains(id)).count();
            if (bundledIntoUnsent > 0) {
                violations.add(bundledIntoUnsent + " escalations bundled into a digest that was not sent");
            }
            long missing = sentByMessageId.keySet().stream()
                    .filter(id -> !receivedByMessageId.containsKey(id))
                    .count();
            if (missing > 0) {
                violations.add(missing + " mails recorded as sent never reached the SMTP server");
            }
            long twice = receivedByMessageId.values().stream()
                    .filter(count -> count > 1)
                    .count();
            if (twice > 0) {
                violations.add(twice + " mails arrived more than once");
            }
            long unknown = receivedByMessageId.keySet().stream()
                    .filter(id -> !sentByMessageId.containsKey(id))
                    .count();
            if (unknown > 0) {
                violations.add(unknown + " mails arrived that no notification record sent");
            }
            return violations;
        }
    }

    /** The Message-ID the notification service gives a notification: the same at every attempt. */
    private static String messageId(String notificationId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(notificationId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash).substring(0, 32) + "@notification.wegwijs>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
