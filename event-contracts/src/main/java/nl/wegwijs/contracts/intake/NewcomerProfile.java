package nl.wegwijs.contracts.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.InterpreterNeed;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.PersonName;
import nl.wegwijs.contracts.ProfileTags;
import nl.wegwijs.contracts.Require;

/**
 * Everything the intake conversation recorded about a newcomer.
 *
 * @param countryOfOrigin ISO 3166-1 alpha-2 code, such as {@code SY}
 * @param languages ISO 639 codes, such as {@code ar}, {@code ti}, {@code prs}; the first is the one they read best
 * @param statusMessages whether and how the newcomer wants to hear of their referrals' progress; null if not asked
 */
public record NewcomerProfile(
        PersonName name,
        LocalDate dateOfBirth,
        String countryOfOrigin,
        List<String> languages,
        InterpreterNeed interpreter,
        Contact contact,
        LocalDate moveInDate,
        LocalDate intakeDate,
        Household household,
        List<DomainAssessment> lifeDomains,
        ProfileTags tags,
        List<Consent> consents,
        StatusMessages statusMessages) {

    public NewcomerProfile {
        Require.present(name, "name");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.text(countryOfOrigin, "countryOfOrigin");
        languages = Require.nonEmpty(languages, "languages");
        Require.present(interpreter, "interpreter");
        Require.present(contact, "contact");
        Require.present(moveInDate, "moveInDate");
        Require.present(intakeDate, "intakeDate");
        Require.present(household, "household");
        lifeDomains = Require.listOf(lifeDomains);
        tags = tags == null ? ProfileTags.none() : tags;
        consents = Require.listOf(consents);
    }

    public Optional<DomainAssessment> assessment(LifeDomain domain) {
        return lifeDomains.stream().filter(a -> a.domain() == domain).findFirst();
    }

    public Optional<Consent> consentFor(PartnerCode partner) {
        return consents.stream().filter(c -> c.partner().equals(partner)).findFirst();
    }
}
