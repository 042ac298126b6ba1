package nl.wegwijs.referral.lifecycle;

import static nl.wegwijs.contracts.ReferralStatus.ACCEPTED;
import static nl.wegwijs.contracts.ReferralStatus.IN_PROGRESS;
import static nl.wegwijs.contracts.ReferralStatus.RECEIVED;
import static nl.wegwijs.contracts.ReferralStatus.REQUESTED;
import static nl.wegwijs.contracts.ReferralStatus.WAITLISTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.contracts.ReferralStatus;

/**
 * The referral lifecycle of docs/design.md section 6. Accept, waitlist and decline straight from REQUESTED imply
 * RECEIVED, so they take two steps. A waitlist on a waitlisted referral is a review (a new expected start).
 */
public final class ReferralStateMachine {

    private static final Map<ReferralStatus, Set<Action>> ALLOWED = new EnumMap<>(ReferralStatus.class);

    static {
        ALLOWED.put(
                REQUESTED, EnumSet.of(Action.RECEIVE, Action.ACCEPT, Action.WAITLIST, Action.DECLINE, Action.CANCEL));
        ALLOWED.put(RECEIVED, EnumSet.of(Action.ACCEPT, Action.WAITLIST, Action.DECLINE, Action.CANCEL));
        ALLOWED.put(WAITLISTED, EnumSet.of(Action.ACCEPT, Action.WAITLIST, Action.DECLINE, Action.CANCEL));
        ALLOWED.put(ACCEPTED, EnumSet.of(Action.START, Action.CANCEL));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(Action.COMPLETE, Action.FAIL, Action.CANCEL));
    }

    private ReferralStateMachine() {}

    public static Set<Action> allowedActions(ReferralStatus from) {
        Set<Action> allowed = ALLOWED.get(from);
        return allowed == null ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(allowed);
    }

    public static boolean allows(ReferralStatus from, Action action) {
        return allowedActions(from).contains(action);
    }

    /**
     * The statuses the referral passes through, in order.
     *
     * @throws TransitionRefused when the lifecycle does not allow the step
     */
    public static List<ReferralStatus> path(ReferralStatus from, Action action) {
        if (!allows(from, action)) {
            throw new TransitionRefused(from, action, allowedActions(from));
        }
        boolean impliesReceipt = from == REQUESTED && action != Action.RECEIVE && action != Action.CANCEL;
        return impliesReceipt ? List.of(RECEIVED, action.target()) : List.of(action.target());
    }
}
