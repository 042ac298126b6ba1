package nl.wegwijs.referral.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox consumer reads the partner's topic on its own and may lag behind the erasure. Found by a platform test:
 * a delivery read after the erasure stored the person in the inbox again.
 */
class InboxErasureTest extends ReferralServiceTest {

    @Autowired
    Inbox inbox;

    @Test
    void aDeliveryReadAfterTheErasureStoresNothing() {
        ReferralIssued issued = TestEvents.issued(new PartnerCode("RSD"));
        inbox.erase(issued.referralId());

        inbox.deliver(issued, Instant.now());

        assertThat(inbox.find(issued.referralId()).orElseThrow().referral()).isNull();
    }

    @Test
    void aDeliveryBeforeTheErasureIsStoredAndThenLosesItsData() {
        ReferralIssued issued = TestEvents.issued(new PartnerCode("RSD"));
        inbox.deliver(issued, Instant.now());
        assertThat(inbox.find(issued.referralId()).orElseThrow().referral())
                .contains(issued.name().familyName());

        inbox.erase(issued.referralId());
        inbox.deliver(issued, Instant.now());

        Inbox.Entry entry = inbox.find(issued.referralId()).orElseThrow();
        assertThat(entry.referral()).isNull();
        assertThat(entry.receivedAt()).isNotNull();
    }
}
