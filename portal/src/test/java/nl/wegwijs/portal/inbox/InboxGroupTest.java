package nl.wegwijs.portal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.contracts.ReferralStatus;
import org.junit.jupiter.api.Test;

class InboxGroupTest {

    @Test
    void everyStatusHasExactlyTheGroupAWorkerExpects() {
        assertThat(InboxGroup.of(ReferralStatus.REQUESTED)).isEqualTo(InboxGroup.NEW);
        assertThat(InboxGroup.of(ReferralStatus.RECEIVED)).isEqualTo(InboxGroup.NEW);
        assertThat(InboxGroup.of(ReferralStatus.WAITLISTED)).isEqualTo(InboxGroup.WAITING);
        assertThat(InboxGroup.of(ReferralStatus.ACCEPTED)).isEqualTo(InboxGroup.IN_PROGRESS);
        assertThat(InboxGroup.of(ReferralStatus.IN_PROGRESS)).isEqualTo(InboxGroup.IN_PROGRESS);
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(InboxGroup.of(status) == InboxGroup.CLOSED)
                    .as(status.name())
                    .isEqualTo(status.isTerminal());
        }
        assertThat(InboxGroup.fromParameter("in-progress")).contains(InboxGroup.IN_PROGRESS);
        assertThat(InboxGroup.fromParameter("nonsense")).isEmpty();
    }
}
