package nl.wegwijs.contracts.intake;

import nl.wegwijs.contracts.InvalidFieldException;

/**
 * Whether the newcomer wants a short message when a referral of theirs is accepted, waitlisted, started or declined,
 * and through which channel. Absent means not asked, which counts as no.
 *
 * @param channel required when {@code consent} is true
 */
public record StatusMessages(boolean consent, MessageChannel channel) {

    public StatusMessages {
        if (consent && channel == null) {
            throw new InvalidFieldException("channel is required when the newcomer consents to messages");
        }
    }
}
