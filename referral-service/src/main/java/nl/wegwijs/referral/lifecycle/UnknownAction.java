package nl.wegwijs.referral.lifecycle;

import nl.wegwijs.support.problem.CodedException;

/** A step name in the path that the lifecycle does not have: 404, as for any other unknown resource. */
public class UnknownAction extends CodedException {

    public UnknownAction(String action) {
        super("referral.unknown-action", action);
    }
}
