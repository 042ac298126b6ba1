package nl.wegwijs.contracts;

/** Why a partner declines a referral. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    OUTSIDE_SERVICE_AREA,
    ALREADY_SUPPORTED_ELSEWHERE,
    NEWCOMER_DECLINED,
    NEWCOMER_UNREACHABLE,
    OTHER
}
