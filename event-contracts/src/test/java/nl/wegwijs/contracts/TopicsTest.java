package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicsTest {

    static Stream<Arguments> dayOnePartners() {
        return Stream.of(
                Arguments.of(PartnerCode.RSD, "rsd"),
                Arguments.of(PartnerCode.TAALHUIS, "taalhuis"),
                Arguments.of(PartnerCode.SAMEN_OPLOPEN, "samen-oplopen"),
                Arguments.of(PartnerCode.CJG, "cjg"),
                Arguments.of(PartnerCode.SOCIAAL_TEAM, "sociaal-team"));
    }

    @ParameterizedTest
    @MethodSource("dayOnePartners")
    void partnerTopicsUseTheLowerCaseHyphenatedCode(PartnerCode partner, String slug) {
        assertThat(Topics.partnerReferrals(partner)).isEqualTo("partner." + slug + ".referrals.v1");
        assertThat(Topics.partnerResponses(partner)).isEqualTo("partner." + slug + ".responses.v1");
        assertThat(Topics.ALL_PARTNER_REFERRALS
                        .matcher(Topics.partnerReferrals(partner))
                        .matches())
                .isTrue();
        assertThat(Topics.ALL_PARTNER_RESPONSES
                        .matcher(Topics.partnerResponses(partner))
                        .matches())
                .isTrue();
    }

    @Test
    void samenOplopenHasTheTopicDesignNames() {
        assertThat(Topics.partnerReferrals(PartnerCode.SAMEN_OPLOPEN)).isEqualTo("partner.samen-oplopen.referrals.v1");
    }

    @Test
    void responsePatternDoesNotMatchReferralTopics() {
        assertThat(Topics.ALL_PARTNER_RESPONSES
                        .matcher("partner.rsd.referrals.v1")
                        .matches())
                .isFalse();
    }

    @Test
    void platformTopicsAreTheSixOfTheDesign() {
        assertThat(Topics.platformTopics())
                .containsExactly(
                        "intake.newcomer-profiled.v1",
                        "intake.follow-ups.v1",
                        "intake.newcomer-erased.v1",
                        "intake.newcomer-notice-requested.v1",
                        "referral.status-changed.v1",
                        "monitoring.escalations.v1");
    }

    @Test
    void deadLetterTopicIsTopicDotGroupDotDlq() {
        assertThat(Topics.dlq(Topics.NEWCOMER_PROFILED, "referral-service"))
                .isEqualTo("intake.newcomer-profiled.v1.referral-service.dlq");
    }

    @Test
    void deadLetterTopicNeedsAGroup() {
        assertThatThrownBy(() -> Topics.dlq(Topics.FOLLOW_UPS, " ")).hasMessage("group must not be blank");
    }
}
