package nl.wegwijs.referral.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.referral.lifecycle.TransitionRefused;
import nl.wegwijs.support.outbox.PendingEvent;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Referral referral = Referral.request(TestEvents.issued(PartnerCode.TAALHUIS), UUID.randomUUID(), NOW);

    @Test
    void aNewReferralIsRequestedWithSequenceOneAndHoldsItsEventsUntilPublished() {
        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.sequence()).isEqualTo(1);
        assertThat(referral.pendingEvents())
                .extracting(PendingEvent::topic)
                .containsExactly(Topics.REFERRAL_STATUS_CHANGED, "partner.taalhuis.referrals.v1");
        assertThat(statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(ReferralStatus.REQUESTED);
        });
    }

    @Test
    void acceptingARequestedReferralRecordsTheImpliedReceiptFirst() {
        referral.apply(Action.ACCEPT, StepDetails.none(), "partner-employee", NOW, TODAY);

        assertThat(referral.timeline())
                .extracting(TimelineEntry::sequence, TimelineEntry::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, ReferralStatus.REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(2L, ReferralStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple(3L, ReferralStatus.ACCEPTED));
        assertThat(statusChanges()).extracting(ReferralStatusChanged::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aForbiddenStepChangesNothing() {
        assertThatThrownBy(() -> referral.apply(Action.COMPLETE, StepDetails.none(), "x", NOW, TODAY))
                .isInstanceOf(TransitionRefused.class);
        assertThat(referral.sequence()).isEqualTo(1);
        assertThat(referral.pendingEvents()).hasSize(2);
    }

    @Test
    void theSameResponseTwiceAppliesOnce() {
        ReferralResponse accepted = TestEvents.response(referral.id(), PartnerCode.TAALHUIS, ResponseAction.ACCEPTED);

        assertThat(referral.respond(accepted, "a", NOW, TODAY)).isEqualTo(ResponseOutcome.APPLIED);
        assertThat(referral.respond(accepted, "a", NOW, TODAY)).isEqualTo(ResponseOutcome.DUPLICATE);
        assertThat(referral.sequence()).isEqualTo(3);
    }

    @Test
    void aForbiddenResponseIsRecordedAsRefusedAndNotApplied() {
        ReferralResponse completed = TestEvents.response(referral.id(), PartnerCode.TAALHUIS, ResponseAction.COMPLETED);

        assertThat(referral.respond(completed, "a", NOW, TODAY)).isEqualTo(ResponseOutcome.REFUSED);
        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.responseId()).isEqualTo(completed.responseId().toString());
            assertThat(refusal.action()).isEqualTo(Action.COMPLETE);
        });
    }

    @Test
    void cancellingWithdrawsTheReferralFromThePartner() {
        referral.apply(Action.CANCEL, StepDetails.because("Moved away."), "coordinator", NOW, TODAY);

        assertThat(referral.pendingEvents())
                .extracting(PendingEvent::type)
                .last()
                .isEqualTo(EventType.REFERRAL_WITHDRAWN.ceType());
    }

    @Test
    void erasureRemovesWhatThePartnerWasSentButKeepsTheTimeline() {
        referral.apply(Action.CANCEL, StepDetails.because("Moved away."), "coordinator", NOW, TODAY);

        referral.erasePersonalData();

        assertThat(referral.partnerView()).isNull();
        assertThat(referral.timeline())
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.reason()).isNull());
        assertThat(referral.pendingEvents())
                .extracting(PendingEvent::type)
                .doesNotContain(EventType.REFERRAL_ISSUED.ceType());
    }

    private List<ReferralStatusChanged> statusChanges() {
        return referral.pendingEvents().stream()
                .filter(event -> event.topic().equals(Topics.REFERRAL_STATUS_CHANGED))
                .map(event -> (ReferralStatusChanged) new EventReader()
                        .parse(
                                EventType.REFERRAL_STATUS_CHANGED,
                                event.payload().getBytes()))
                .toList();
    }
}
