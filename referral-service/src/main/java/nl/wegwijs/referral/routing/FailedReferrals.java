package nl.wegwijs.referral.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * {@code wegwijs.referrals.failed{partner,reason}}: referrals that could not be issued. Every partner of the directory
 * and every reason starts at zero, so an alert on {@code increase()} sees the first one.
 */
@Component
class FailedReferrals {

    static final String NAME = "wegwijs.referrals.failed";

    private final MeterRegistry registry;

    FailedReferrals(MeterRegistry registry, PartnerDirectory directory) {
        this.registry = registry;
        for (Partner partner : directory.partners()) {
            for (ReferralFailureReason reason : ReferralFailureReason.values()) {
                counter(partner.code(), reason);
            }
        }
    }

    void failed(PartnerCode partner, ReferralFailureReason reason) {
        counter(partner, reason).increment();
    }

    private Counter counter(PartnerCode partner, ReferralFailureReason reason) {
        return Counter.builder(NAME)
                .description("Referrals that failed before they were issued to their partner")
                .tag("partner", partner.value())
                .tag("reason", reason.name())
                .register(registry);
    }
}
