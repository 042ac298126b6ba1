package nl.wegwijs.contracts;

public enum Urgency {
    NORMAL,
    URGENT
}
