package nl.wegwijs.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;

/**
 * Every topic of the event catalogue (docs/design.md section 5), partner topics from the directory, and a dead-letter
 * topic {@code <topic>.<group>.dlq} for each consumer group that reads a topic.
 */
public record TopicPlan(List<String> topics, List<String> deadLetterTopics) {

    static final String INTAKE = "intake-service";
    static final String REFERRAL = "referral-service";
    static final String MONITORING = "monitoring-service";
    static final String NOTIFICATION = "notification-service";

    static final Map<String, List<String>> PLATFORM_TOPIC_CONSUMERS = Map.of(
            Topics.NEWCOMER_PROFILED, List.of(REFERRAL),
            Topics.FOLLOW_UPS, List.of(MONITORING),
            Topics.NEWCOMER_ERASED, List.of(REFERRAL, MONITORING, NOTIFICATION),
            Topics.NEWCOMER_NOTICES, List.of(NOTIFICATION),
            Topics.REFERRAL_STATUS_CHANGED, List.of(MONITORING, INTAKE),
            Topics.ESCALATIONS, List.of(NOTIFICATION));

    public static TopicPlan forDirectory(PartnerDirectory directory) {
        List<String> topics = new ArrayList<>(Topics.platformTopics());
        List<String> deadLetters = new ArrayList<>();
        Topics.platformTopics()
                .forEach(topic -> PLATFORM_TOPIC_CONSUMERS
                        .getOrDefault(topic, List.of())
                        .forEach(group -> deadLetters.add(Topics.dlq(topic, group))));
        for (Partner partner : directory.partners()) {
            String referrals = Topics.partnerReferrals(partner.code());
            String responses = Topics.partnerResponses(partner.code());
            topics.add(referrals);
            topics.add(responses);
            deadLetters.add(Topics.dlq(referrals, inboxGroup(partner)));
            deadLetters.add(Topics.dlq(responses, REFERRAL));
        }
        return new TopicPlan(List.copyOf(topics), List.copyOf(deadLetters));
    }

    /** The consumer group of the platform's inbox consumer for a partner in inbox mode. */
    static String inboxGroup(Partner partner) {
        return "inbox-" + partner.code().topicSlug();
    }
}
