package nl.wegwijs.referral.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A referral the directory's rule refuses is not dropped: it is FAILED, with its reason, and seen everywhere. */
class FailedReferralTest extends ReferralServiceTest {

    @Autowired
    MeterRegistry meters;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        TestEvents.decision(PartnerCode.of("VLUCHTELINGENWERK"), LifeDomain.LANGUAGE),
                        TestEvents.profile(),
                        ReferralFailureReason.UNKNOWN_PARTNER),
                Arguments.of(
                        TestEvents.decision(PartnerCode.CJG, LifeDomain.HEALTH),
                        TestEvents.profile(),
                        ReferralFailureReason.DOMAIN_NOT_SERVED),
                Arguments.of(
                        TestEvents.decision(PartnerCode.TAALHUIS, LifeDomain.LANGUAGE),
                        TestEvents.profileWithConsents(List.of()),
                        ReferralFailureReason.NO_CONSENT));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusals")
    void aRefusedReferralIsFailedWithItsReasonPublishedCountedAndShown(
            ReferralDecision decision, NewcomerProfile profile, ReferralFailureReason reason) throws Exception {
        double before = failedCount(decision.partner(), reason);
        UUID newcomerId = UUID.randomUUID();

        publish(
                Topics.NEWCOMER_PROFILED,
                new NewcomerProfiled(
                        UUID.randomUUID(),
                        Instant.now(),
                        TestEvents.MUNICIPALITY,
                        newcomerId,
                        profile,
                        List.of(decision)));

        Referral failed = awaitStatus(decision.referralId(), ReferralStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo(reason);
        assertThat(failed.partnerView()).isNull();
        assertThat(failed.belongsTo(decision.partner())).isFalse();

        List<ReferralStatusChanged> changes =
                awaitRecords(Topics.REFERRAL_STATUS_CHANGED, keyed(decision.referralId()), 1).stream()
                        .map(record -> event(record, ReferralStatusChanged.class))
                        .toList();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).sequence()).isEqualTo(1);
        assertThat(changes.get(0).from()).isNull();
        assertThat(changes.get(0).to()).isEqualTo(ReferralStatus.FAILED);
        assertThat(changes.get(0).failureReason()).isEqualTo(reason);
        assertThat(failedCount(decision.partner(), reason)).isEqualTo(before + 1);

        mvc.perform(get("/api/referrals/{id}", decision.referralId())
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failureReason").value(reason.name()))
                .andExpect(jsonPath("$.timeline[0].to").value("FAILED"));
    }

    @org.junit.jupiter.api.Test
    void everyPartnerAndReasonIsCountedFromZero() {
        for (PartnerCode partner : List.of(PartnerCode.RSD, PartnerCode.SOCIAAL_TEAM)) {
            for (ReferralFailureReason reason : ReferralFailureReason.values()) {
                assertThat(meters.find(FailedReferrals.NAME)
                                .tag("partner", partner.value())
                                .tag("reason", reason.name())
                                .counter())
                        .isNotNull();
            }
        }
    }

    private double failedCount(PartnerCode partner, ReferralFailureReason reason) {
        var counter = meters.find(FailedReferrals.NAME)
                .tag("partner", partner.value())
                .tag("reason", reason.name())
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
