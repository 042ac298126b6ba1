package nl.wegwijs.contracts.directory;

import nl.wegwijs.contracts.Require;

/** The municipality that coordinates the integration route: the code every event carries, and who to e-mail. */
public record Municipality(
        String code, String name, String coordinatorEmail, String intakeOfficerEmail, FollowUpPolicy followUps) {

    public Municipality {
        Require.text(code, "code");
        Require.text(name, "name");
        PartnerContact.requireEmail(coordinatorEmail, "coordinatorEmail");
        PartnerContact.requireEmail(intakeOfficerEmail, "intakeOfficerEmail");
        Require.present(followUps, "followUps");
    }
}
