package nl.wegwijs.contracts.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.InterpreterNeed;
import nl.wegwijs.contracts.InvalidFieldException;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.PersonName;
import nl.wegwijs.contracts.ProfileTags;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.Require;

/**
 * The municipality corrected details of a newcomer that this partner received with a referral it still holds. Only
 * the changed details the partner may see travel, minimised exactly as in {@link ReferralIssued}: each field named in
 * {@code changedFields} carries its new value, and one named there but absent is no longer shared (for instance
 * health details after a consent was withdrawn). A field not named is unchanged and absent.
 *
 * @param changedFields names of {@link ReferralIssued} fields, such as {@code contact}
 */
public record ReferralDetailsCorrected(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID referralId,
        PartnerCode partner,
        List<String> changedFields,
        PersonName name,
        Contact contact,
        List<String> languages,
        InterpreterNeed interpreter,
        LocalDate dateOfBirth,
        List<DomainAssessment> situations,
        List<Integer> childrenBirthYears,
        String health,
        ProfileTags tags)
        implements ReferralEvent {

    /** The fields of ReferralIssued that describe the newcomer, and so can be corrected. */
    public static final Set<String> CORRECTABLE = Set.of(
            "name",
            "contact",
            "languages",
            "interpreter",
            "dateOfBirth",
            "situations",
            "childrenBirthYears",
            "health",
            "tags");

    private static final Set<String> ALWAYS_SHARED = Set.of("name", "contact", "languages", "interpreter");

    public ReferralDetailsCorrected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        changedFields = Require.nonEmpty(changedFields, "changedFields");
        situations = Require.optionalListOf(situations);
        childrenBirthYears = Require.optionalListOf(childrenBirthYears);
        languages = Require.optionalListOf(languages);
        Object[] values = {
            name, contact, languages, interpreter, dateOfBirth, situations, childrenBirthYears, health, tags
        };
        String[] names = {
            "name",
            "contact",
            "languages",
            "interpreter",
            "dateOfBirth",
            "situations",
            "childrenBirthYears",
            "health",
            "tags"
        };
        if (situations != null && situations.stream().anyMatch(s -> s.domain() == LifeDomain.HEALTH)) {
            throw new InvalidFieldException("situations must not hold the HEALTH domain: use health");
        }
        for (String field : changedFields) {
            if (!CORRECTABLE.contains(field)) {
                throw new InvalidFieldException("changedFields names " + field + ", which cannot be corrected");
            }
        }
        for (int i = 0; i < names.length; i++) {
            boolean changed = changedFields.contains(names[i]);
            if (!changed && values[i] != null) {
                throw new InvalidFieldException(names[i] + " is present but not named in changedFields");
            }
            if (changed && values[i] == null && ALWAYS_SHARED.contains(names[i])) {
                throw new InvalidFieldException(names[i] + " is always shared: a correction must carry it");
            }
        }
    }

    /**
     * The correction that turns what a partner was sent into what it would be sent now; both minimised for that
     * partner.
     *
     * @return empty when nothing the partner may see changed
     */
    public static Optional<ReferralDetailsCorrected> between(
            ReferralIssued sent, ReferralIssued now, UUID eventId, Instant occurredAt) {
        Map<String, Object> before = details(sent);
        Map<String, Object> after = details(now);
        List<String> changed = before.keySet().stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .toList();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferralDetailsCorrected(
                eventId,
                occurredAt,
                sent.municipality(),
                sent.referralId(),
                sent.partner(),
                changed,
                changed.contains("name") ? now.name() : null,
                changed.contains("contact") ? now.contact() : null,
                changed.contains("languages") ? now.languages() : null,
                changed.contains("interpreter") ? now.interpreter() : null,
                changed.contains("dateOfBirth") ? now.dateOfBirth() : null,
                changed.contains("situations") ? now.situations() : null,
                changed.contains("childrenBirthYears") ? now.childrenBirthYears() : null,
                changed.contains("health") ? now.health() : null,
                changed.contains("tags") ? now.tags() : null));
    }

    private static Map<String, Object> details(ReferralIssued issued) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", issued.name());
        details.put("contact", issued.contact());
        details.put("languages", issued.languages());
        details.put("interpreter", issued.interpreter());
        details.put("dateOfBirth", issued.dateOfBirth());
        details.put("situations", issued.situations());
        details.put("childrenBirthYears", issued.childrenBirthYears());
        details.put("health", issued.health());
        details.put("tags", issued.tags());
        return details;
    }

    /** The referral as the partner holds it after this correction. */
    public ReferralIssued applyTo(ReferralIssued issued) {
        return new ReferralIssued(
                issued.eventId(),
                issued.occurredAt(),
                issued.municipality(),
                issued.referralId(),
                issued.partner(),
                changed("name") ? name : issued.name(),
                changed("contact") ? contact : issued.contact(),
                changed("languages") ? languages : issued.languages(),
                changed("interpreter") ? interpreter : issued.interpreter(),
                issued.lifeDomains(),
                issued.reason(),
                issued.urgency(),
                changed("dateOfBirth") ? dateOfBirth : issued.dateOfBirth(),
                changed("situations") ? situations : issued.situations(),
                changed("childrenBirthYears") ? childrenBirthYears : issued.childrenBirthYears(),
                changed("health") ? health : issued.health(),
                changed("tags") ? tags : issued.tags());
    }

    private boolean changed(String field) {
        return changedFields.contains(field);
    }
}
