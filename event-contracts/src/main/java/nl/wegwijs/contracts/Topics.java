package nl.wegwijs.contracts;

import java.util.List;
import java.util.regex.Pattern;

/** Every Kafka topic name. A breaking change to a topic's events is a new topic version, never an edit here. */
public final class Topics {

    public static final String NEWCOMER_PROFILED = "intake.newcomer-profiled.v1";
    public static final String FOLLOW_UPS = "intake.follow-ups.v1";
    public static final String NEWCOMER_ERASED = "intake.newcomer-erased.v1";
    public static final String NEWCOMER_NOTICES = "intake.newcomer-notice-requested.v1";
    public static final String REFERRAL_STATUS_CHANGED = "referral.status-changed.v1";
    public static final String ESCALATIONS = "monitoring.escalations.v1";

    /** Matches every partner's referrals topic. */
    public static final Pattern ALL_PARTNER_REFERRALS = Pattern.compile("partner\\.[a-z][a-z0-9-]*\\.referrals\\.v1");

    /** Matches every partner's responses topic, for a consumer that subscribes to all of them. */
    public static final Pattern ALL_PARTNER_RESPONSES = Pattern.compile("partner\\.[a-z][a-z0-9-]*\\.responses\\.v1");

    private Topics() {}

    /** The topics that do not depend on the partner directory. */
    public static List<String> platformTopics() {
        return List.of(
                NEWCOMER_PROFILED, FOLLOW_UPS, NEWCOMER_ERASED, NEWCOMER_NOTICES, REFERRAL_STATUS_CHANGED, ESCALATIONS);
    }

    /** Where the referral service puts the referrals for one partner: {@code partner.samen-oplopen.referrals.v1}. */
    public static String partnerReferrals(PartnerCode partner) {
        return "partner." + partner.topicSlug() + ".referrals.v1";
    }

    /** Where one partner writes its responses: {@code partner.samen-oplopen.responses.v1}. */
    public static String partnerResponses(PartnerCode partner) {
        return "partner." + partner.topicSlug() + ".responses.v1";
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String dlq(String topic, String group) {
        Require.text(topic, "topic");
        Require.text(group, "group");
        return topic + "." + group + ".dlq";
    }
}
