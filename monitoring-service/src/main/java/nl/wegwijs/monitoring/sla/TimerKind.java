package nl.wegwijs.monitoring.sla;

public enum TimerKind {
    REFERRAL,
    FOLLOW_UP
}
