package nl.wegwijs.contracts;

import static nl.wegwijs.contracts.ReferralStatus.CANCELLED;
import static nl.wegwijs.contracts.ReferralStatus.COMPLETED;
import static nl.wegwijs.contracts.ReferralStatus.FAILED;
import static nl.wegwijs.contracts.ReferralStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import nl.wegwijs.contracts.partner.ResponseAction;
import org.junit.jupiter.api.Test;

class ReferralStatusTest {

    @Test
    void terminalStatusesAreCompletedRejectedCancelledAndFailed() {
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isTerminal))
                .containsExactlyInAnyOrder(COMPLETED, REJECTED, CANCELLED, FAILED);
    }

    @Test
    void fhirCodesFollowTheFhirTaskStatusValueSet() {
        Map<ReferralStatus, String> codes = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            codes.put(status, status.fhirCode());
        }

        assertThat(codes)
                .containsEntry(ReferralStatus.REQUESTED, "requested")
                .containsEntry(ReferralStatus.IN_PROGRESS, "in-progress")
                .containsEntry(ReferralStatus.WAITLISTED, "on-hold")
                .containsEntry(ReferralStatus.REJECTED, "rejected")
                .containsEntry(ReferralStatus.CANCELLED, "cancelled");
    }

    @Test
    void onlyAWaitlistHasAFhirBusinessStatus() {
        assertThat(ReferralStatus.WAITLISTED.fhirBusinessStatus()).contains("waitlisted");
        assertThat(ReferralStatus.ACCEPTED.fhirBusinessStatus()).isEmpty();
    }

    @Test
    void aPartnerDeclineRejectsAndAStartPutsInProgress() {
        assertThat(ResponseAction.DECLINED.targetStatus()).isEqualTo(REJECTED);
        assertThat(ResponseAction.STARTED.targetStatus()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(Arrays.stream(ResponseAction.values()).map(ResponseAction::targetStatus))
                .doesNotContain(ReferralStatus.REQUESTED, CANCELLED);
    }
}
