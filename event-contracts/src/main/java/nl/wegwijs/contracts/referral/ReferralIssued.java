package nl.wegwijs.contracts.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import nl.wegwijs.contracts.Urgency;

/**
 * A referral as one partner receives it: only what that partner's directory entry allows.
 *
 * <p>Name, contact, languages and the interpreter need are always there. The other fields are present only when the
 * partner may see them; {@code null} means "not shared", which is different from an empty list ("none").
 *
 * @param situations the situation summaries of this referral's life domains; never the HEALTH domain, whose details
 *     travel only in {@code health}
 * @param health health details, only for partners allowed to see them and with the newcomer's consent
 */
public record ReferralIssued(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID referralId,
        PartnerCode partner,
        PersonName name,
        Contact contact,
        List<String> languages,
        InterpreterNeed interpreter,
        List<LifeDomain> lifeDomains,
        String reason,
        Urgency urgency,
        LocalDate dateOfBirth,
        List<DomainAssessment> situations,
        List<Integer> childrenBirthYears,
        String health,
        ProfileTags tags)
        implements ReferralEvent {

    public ReferralIssued {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        Require.present(name, "name");
        Require.present(contact, "contact");
        languages = Require.nonEmpty(languages, "languages");
        Require.present(interpreter, "interpreter");
        lifeDomains = Require.nonEmpty(lifeDomains, "lifeDomains");
        Require.text(reason, "reason");
        Require.present(urgency, "urgency");
        situations = Require.optionalListOf(situations);
        childrenBirthYears = Require.optionalListOf(childrenBirthYears);
        if (situations != null && situations.stream().anyMatch(s -> s.domain() == LifeDomain.HEALTH)) {
            throw new InvalidFieldException("situations must not hold the HEALTH domain: use health");
        }
    }
}
