package nl.wegwijs.contracts;

/** The life domains the intake conversation walks through. */
public enum LifeDomain {
    LANGUAGE,
    WORK_AND_INCOME,
    EDUCATION,
    HEALTH,
    SOCIAL_NETWORK,
    HOUSING,
    CHILDREN_AND_PARENTING,
    FINANCES,
    KNOWING_THE_WAY
}
