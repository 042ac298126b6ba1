package nl.wegwijs.contracts.sealing;

import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.EventType;

/**
 * The top-level fields of each event that name, describe or can identify a newcomer, and so travel sealed with the
 * newcomer's key (docs/adr/0025-crypto-shredding.md). Everything else stays readable: ids, codes, statuses, dates of
 * the process, partner and life domains, which consumers route and count by.
 */
public final class PersonalFields {

    private static final List<String> PARTNER_DETAILS = List.of(
            "name",
            "contact",
            "languages",
            "interpreter",
            "reason",
            "dateOfBirth",
            "situations",
            "childrenBirthYears",
            "health",
            "tags");

    private static final Map<EventType, List<String>> FIELDS = Map.of(
            EventType.NEWCOMER_PROFILED, List.of("profile", "referrals"),
            EventType.NEWCOMER_PROFILE_CORRECTED, List.of("profile"),
            EventType.REFERRAL_ADDED, List.of("referral"),
            EventType.REFERRAL_CANCELLED, List.of("reason"),
            EventType.NEWCOMER_NOTICE_REQUESTED, List.of("address"),
            EventType.REFERRAL_ISSUED, PARTNER_DETAILS,
            EventType.REFERRAL_DETAILS_CORRECTED, PARTNER_DETAILS,
            EventType.REFERRAL_WITHDRAWN, List.of("reason"),
            EventType.REFERRAL_STATUS_CHANGED, List.of("reason"));

    private PersonalFields() {}

    /** The personal fields of an event type; empty for a type that carries none. */
    public static List<String> of(EventType type) {
        return FIELDS.getOrDefault(type, List.of());
    }
}
