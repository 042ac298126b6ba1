package nl.wegwijs.referral.lifecycle;

import java.util.Set;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.support.problem.CodedException;

/** The lifecycle does not allow this step from the referral's current status. */
public class TransitionRefused extends CodedException {

    private final ReferralStatus current;
    private final Action action;
    private final Set<Action> allowed;

    public TransitionRefused(ReferralStatus current, Action action, Set<Action> allowed) {
        super("referral.transition-refused", current, action.pathName());
        this.current = current;
        this.action = action;
        this.allowed = Set.copyOf(allowed);
    }

    public ReferralStatus current() {
        return current;
    }

    public Action action() {
        return action;
    }

    public Set<Action> allowed() {
        return allowed;
    }
}
