package nl.wegwijs.contracts.intake;

/** How a newcomer wants short messages about their referrals: to the e-mail address or the phone of their contact. */
public enum MessageChannel {
    EMAIL,
    SMS
}
