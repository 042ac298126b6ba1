package nl.wegwijs.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;

/** The Kafka principals of the platform (ADR 18) and their development passwords, {@code <user>-dev-secret}. */
public final class KafkaPrincipals {

    /** The broker's own principal: inter-broker and controller traffic, and the platform's topic and ACL set-up. */
    public static final String BROKER = "wegwijs-broker";

    public static final String INTAKE = "svc-intake";
    public static final String REFERRAL = "svc-referral";
    public static final String MONITORING = "svc-monitoring";
    public static final String NOTIFICATION = "svc-notification";

    /** The operator: describes and reads every topic, for support. */
    public static final String OPERATOR = "wegwijs-admin";

    private KafkaPrincipals() {}

    public static String developmentSecret(String user) {
        return user + "-dev-secret";
    }

    /** {@code partner-rsd} for the partner whose topics are {@code partner.rsd.*}. */
    public static String partner(Partner partner) {
        return "partner-" + partner.code().topicSlug();
    }

    /** The principal of a service, by its name and consumer group ({@code intake-service} is {@code svc-intake}). */
    public static String ofService(String group) {
        return "svc-" + group.replaceFirst("-service$", "");
    }

    /** Every principal with a SCRAM credential (all but the broker's own), with its password. */
    public static List<KafkaLogin> all(
            PartnerDirectory directory, String bootstrapServers, Map<String, String> secrets) {
        List<String> users = new ArrayList<>(List.of(INTAKE, REFERRAL, MONITORING, NOTIFICATION, OPERATOR));
        directory.partners().forEach(partner -> users.add(partner(partner)));
        return users.stream()
                .map(user -> KafkaLogin.scram(bootstrapServers, user, secret(user, secrets)))
                .toList();
    }

    public static String secret(String user, Map<String, String> secrets) {
        return secrets.getOrDefault(user, developmentSecret(user));
    }

    /** A name or password goes into a JAAS line between double quotes. */
    static void requireJaasSafe(String value) {
        if (value == null || value.isEmpty() || value.contains("\"") || value.contains("\\"))
            throw new IllegalArgumentException("A Kafka user or password must be non-empty, without \" or \\");
    }
}
