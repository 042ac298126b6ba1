package nl.wegwijs.referral.lifecycle;

import static nl.wegwijs.contracts.ReferralStatus.ACCEPTED;
import static nl.wegwijs.contracts.ReferralStatus.CANCELLED;
import static nl.wegwijs.contracts.ReferralStatus.COMPLETED;
import static nl.wegwijs.contracts.ReferralStatus.FAILED;
import static nl.wegwijs.contracts.ReferralStatus.IN_PROGRESS;
import static nl.wegwijs.contracts.ReferralStatus.RECEIVED;
import static nl.wegwijs.contracts.ReferralStatus.REJECTED;
import static nl.wegwijs.contracts.ReferralStatus.REQUESTED;
import static nl.wegwijs.contracts.ReferralStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status times every action, against the graph of docs/design.md section 6 written out by hand. */
class ReferralStateMachineTest {

    private static final Map<ReferralStatus, Map<Action, List<ReferralStatus>>> GRAPH = Map.of(
            REQUESTED,
                    Map.of(
                            Action.RECEIVE, List.of(RECEIVED),
                            Action.ACCEPT, List.of(RECEIVED, ACCEPTED),
                            Action.WAITLIST, List.of(RECEIVED, WAITLISTED),
                            Action.DECLINE, List.of(RECEIVED, REJECTED),
                            Action.CANCEL, List.of(CANCELLED)),
            RECEIVED,
                    Map.of(
                            Action.ACCEPT, List.of(ACCEPTED),
                            Action.WAITLIST, List.of(WAITLISTED),
                            Action.DECLINE, List.of(REJECTED),
                            Action.CANCEL, List.of(CANCELLED)),
            WAITLISTED,
                    Map.of(
                            Action.ACCEPT, List.of(ACCEPTED),
                            Action.WAITLIST, List.of(WAITLISTED),
                            Action.DECLINE, List.of(REJECTED),
                            Action.CANCEL, List.of(CANCELLED)),
            ACCEPTED, Map.of(Action.START, List.of(IN_PROGRESS), Action.CANCEL, List.of(CANCELLED)),
            IN_PROGRESS,
                    Map.of(
                            Action.COMPLETE, List.of(COMPLETED),
                            Action.FAIL, List.of(FAILED),
                            Action.CANCEL, List.of(CANCELLED)));

    static Stream<Arguments> everyStatusTimesEveryAction() {
        List<Arguments> cases = new ArrayList<>();
        for (ReferralStatus status : ReferralStatus.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(status, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStatusTimesEveryAction")
    void allowsExactlyTheStepsOfTheGraph(ReferralStatus from, Action action) {
        List<ReferralStatus> expected = GRAPH.getOrDefault(from, Map.of()).get(action);
        if (expected == null) {
            assertThat(ReferralStateMachine.allows(from, action)).isFalse();
            assertThatThrownBy(() -> ReferralStateMachine.path(from, action))
                    .isInstanceOf(TransitionRefused.class)
                    .satisfies(
                            e -> assertThat(((TransitionRefused) e).current()).isEqualTo(from));
        } else {
            assertThat(ReferralStateMachine.path(from, action)).isEqualTo(expected);
        }
    }

    @Test
    void terminalStatusesAllowNothing() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(ReferralStateMachine.allowedActions(status).isEmpty()).isEqualTo(status.isTerminal());
        }
    }

    @Test
    void aDeclineWithoutReasonCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> StepDetails.none().requireFor(Action.DECLINE))
                .isInstanceOf(MissingDetail.class)
                .satisfies(e -> assertThat(((MissingDetail) e).field()).isEqualTo("reasonCode"));
        new StepDetails(DeclineReason.NO_CAPACITY, null, null, null).requireFor(Action.DECLINE);
    }

    @Test
    void aWaitlistNeedsAnExpectedStartOrWeeks() {
        assertThatThrownBy(() -> StepDetails.none().requireFor(Action.WAITLIST))
                .isInstanceOf(MissingDetail.class)
                .satisfies(e -> assertThat(((MissingDetail) e).field()).isEqualTo("expectedStart"));
        StepDetails weeks = new StepDetails(null, null, null, 3);
        weeks.requireFor(Action.WAITLIST);
        assertThat(weeks.expectedStartFrom(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void aWaitOfZeroWeeksIsRefused() {
        assertThatThrownBy(() -> new StepDetails(null, null, null, 0).requireFor(Action.WAITLIST))
                .isInstanceOf(MissingDetail.class)
                .satisfies(e -> assertThat(((MissingDetail) e).field()).isEqualTo("waitWeeks"));
    }

    @Test
    void aFailureAndACancellationNeedAReason() {
        for (Action action : List.of(Action.FAIL, Action.CANCEL)) {
            assertThatThrownBy(() -> StepDetails.none().requireFor(action))
                    .isInstanceOf(MissingDetail.class)
                    .satisfies(e -> assertThat(((MissingDetail) e).field()).isEqualTo("reason"));
        }
    }
}
