package nl.wegwijs.platform.kafka;

import static org.apache.kafka.common.acl.AclOperation.DELETE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the broker (the table of ADR 18): each topic is written by the one service that owns it, read
 * by the consumer groups {@link TopicPlan} names, and each consumer group writes its own dead-letter topics. A partner
 * reads its referrals topic (in groups named {@code <code>-...}) and writes its responses topic; the operator
 * describes and reads everything. Nothing else is allowed: the broker refuses what no ACL allows.
 */
public final class AclPlan {

    private static final Map<String, List<String>> PLATFORM_TOPIC_WRITERS = Map.of(
            Topics.NEWCOMER_PROFILED, List.of(KafkaPrincipals.INTAKE),
            Topics.FOLLOW_UPS, List.of(KafkaPrincipals.INTAKE),
            Topics.NEWCOMER_ERASED, List.of(KafkaPrincipals.INTAKE),
            Topics.NEWCOMER_NOTICES, List.of(KafkaPrincipals.INTAKE),
            Topics.REFERRAL_STATUS_CHANGED, List.of(KafkaPrincipals.REFERRAL),
            Topics.ESCALATIONS, List.of(KafkaPrincipals.MONITORING));

    private final Set<AclBinding> bindings = new LinkedHashSet<>();

    private AclPlan() {}

    public static List<AclBinding> forDirectory(PartnerDirectory directory) {
        AclPlan plan = new AclPlan();
        for (String topic : Topics.platformTopics()) {
            PLATFORM_TOPIC_WRITERS.getOrDefault(topic, List.of()).forEach(user -> plan.topic(user, WRITE, topic));
            TopicPlan.PLATFORM_TOPIC_CONSUMERS
                    .getOrDefault(topic, List.of())
                    .forEach(group -> plan.consumes(KafkaPrincipals.ofService(group), group, topic));
        }
        for (Partner partner : directory.partners()) {
            String referrals = Topics.partnerReferrals(partner.code());
            String responses = Topics.partnerResponses(partner.code());
            plan.topic(KafkaPrincipals.REFERRAL, WRITE, referrals);
            plan.consumes(KafkaPrincipals.REFERRAL, TopicPlan.REFERRAL, responses);
            // Applied responses are deleted after an erasure (docs/adr/0029).
            plan.topic(KafkaPrincipals.REFERRAL, DELETE, responses);
            plan.consumes(KafkaPrincipals.REFERRAL, TopicPlan.inboxGroup(partner), referrals);
            String user = KafkaPrincipals.partner(partner);
            plan.topic(user, READ, referrals);
            plan.topic(user, WRITE, responses);
            plan.allow(user, ResourceType.GROUP, partnerGroupPrefix(partner), PatternType.PREFIXED, READ);
        }
        String operator = KafkaPrincipals.OPERATOR;
        for (AclOperation operation : List.of(DESCRIBE, DESCRIBE_CONFIGS, READ)) {
            plan.allow(operator, ResourceType.TOPIC, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL, operation);
        }
        plan.allow(operator, ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL, DESCRIBE);
        plan.allow(operator, ResourceType.GROUP, operator, PatternType.PREFIXED, READ);
        plan.allow(operator, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, DESCRIBE);
        return List.copyOf(plan.bindings);
    }

    /** A partner's consumer groups start with its code and a hyphen: {@code rsd-case-system}. */
    public static String partnerGroupPrefix(Partner partner) {
        return partner.code().topicSlug() + "-";
    }

    /** Reads the topic in the group, and writes the group's dead-letter topic for it. */
    private void consumes(String user, String group, String topic) {
        topic(user, READ, topic);
        topic(user, WRITE, Topics.dlq(topic, group));
        allow(user, ResourceType.GROUP, group, PatternType.LITERAL, READ);
    }

    private void topic(String user, AclOperation operation, String topic) {
        allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, operation);
    }

    private void allow(String user, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        bindings.add(new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
    }
}
